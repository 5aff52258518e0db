package cn.suzhou.shuanglian.expert;

/** Names of the process variables of {@code expertPoolApplication} (P-20). */
public final class ExpertApplicationVariables {

  public static final String PROCESS_KEY = "expertPoolApplication";

  // start form (or REST start variables)
  public static final String COMMISSIONER_ID = "commissionerId";
  public static final String RESIDENT_ID = "residentId";
  public static final String PHONE = "phone";
  public static final String TITLE = "title";
  public static final String EXPERTISE = "expertise";
  public static final String REVIEW_FIELDS = "reviewFields";
  public static final String ACHIEVEMENTS = "achievements";
  public static final String CONSENT = "consent";
  public static final String INITIATOR = "initiatorUserId";

  // set by ValidateExpertApplication
  public static final String APPLICANT_USER_ID = "applicantUserId";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String SOURCE_UNIT_NAME = "sourceUnitName";
  public static final String REVIEW_FIELDS_TEXT = "reviewFieldsText";
  public static final String CASE_TITLE = "caseTitle";

  // review task
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String REVIEWER_USER_ID = "reviewerUserId";
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  // set by RecordExpertMembership
  public static final String MEMBERSHIP_ID = "expertMembershipId";

  private ExpertApplicationVariables() {}
}
