package cn.suzhou.shuanglian.servicerecord;

/** Names of the process variables of {@code serviceRecord} (P-06, P-09, P-15). */
public final class ServiceRecordVariables {

  public static final String PROCESS_KEY = "serviceRecord";

  // start form (or REST start variables)
  public static final String SERVICE_TYPE = "serviceType";
  public static final String START_DATE = "startDate";
  public static final String END_DATE = "endDate";
  public static final String DAYS = "days";
  public static final String CREDIT_CODE = "creditCode";
  public static final String SUMMARY = "summary";
  /** Optional: the city bureau files for a named dispatch; a commissioner only for their own. */
  public static final String DISPATCH_ID = "dispatchId";
  public static final String INITIATOR = "initiatorUserId";

  // set by ValidateServiceRecord
  public static final String SERVICE_RECORD_ID = "serviceRecordId";
  public static final String CASE_TITLE = "caseTitle";
  public static final String DISTRICT_CODE = "districtCode";
  public static final String DISTRICT_NAME = "districtName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String SERVICE_TYPE_LABEL = "serviceTypeLabel";
  public static final String SERVICE_YEAR = "serviceYear";
  public static final String COMMISSIONER_USER_ID = "commissionerUserId";
  /** The enterprise contact's login, or null when the enterprise has none. */
  public static final String CONFIRMER_USER_ID = "confirmerUserId";
  /** The district group confirming on behalf of an enterprise without a login, else null. */
  public static final String CONFIRMER_GROUP_ID = "confirmerGroupId";
  public static final String CONFIRM_DUE_DATE = "confirmDueDate";

  // confirmation task
  public static final String RECORD_DECISION = "recordDecision";
  public static final String DISPUTE_REASON = "disputeReason";
  public static final String ANSWERED_BY = "answeredBy";
  public static final String CONFIRM = "CONFIRM";
  public static final String DISPUTE = "DISPUTE";

  private ServiceRecordVariables() {}
}
