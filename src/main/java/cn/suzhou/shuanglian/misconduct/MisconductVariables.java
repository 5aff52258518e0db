package cn.suzhou.shuanglian.misconduct;

/** Names of the process variables of {@code misconductCase} (P-17). */
public final class MisconductVariables {

  public static final String PROCESS_KEY = "misconductCase";
  /** The message a confirmed case that ends the dispatch sends to the dispatch's case (commissionerDispatch). */
  public static final String MESSAGE_CONFIRMED = "misconductConfirmed";

  // start form (or REST start variables)
  /** 派驻协议编号: how a district official or an enterprise names the dispatch in Tasklist. */
  public static final String AGREEMENT_NO = "agreementNo";
  /** Alternatively the dispatch's id (REST). */
  public static final String DISPATCH_ID = "dispatchId";
  public static final String CATEGORY = "misconductCategory";
  public static final String FACTS = "misconductFacts";
  public static final String OCCURRED_ON = "occurredOn";
  public static final String EVIDENCE = "evidence";
  public static final String INITIATOR = "initiatorUserId";

  // set by ValidateMisconductReport
  public static final String CASE_ID = "misconductCaseId";
  public static final String CASE_TITLE = "caseTitle";
  public static final String CATEGORY_LABEL = "misconductCategoryLabel";
  public static final String DISTRICT_CODE = "districtCode";
  public static final String DISTRICT_NAME = "districtName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String COMMISSIONER_NAME = "commissionerName";
  public static final String SOURCE_UNIT_CODE = "sourceUnitCode";
  public static final String SOURCE_UNIT_NAME = "sourceUnitName";
  public static final String DISPATCH_KEY = "dispatchBusinessKey";
  public static final String REPORTER_USER_ID = "reporterUserId";
  /** The reporter's group for their outcome task besides themself: their district, or the city. */
  public static final String REPORTER_GROUP_ID = "reporterGroupId";
  public static final String REPORTER_LABEL = "reporterLabel";
  public static final String INVESTIGATION_DUE = "investigationDueDate";

  // 调查核实 (district)
  public static final String FINDING = "investigationFinding";
  public static final String SUBSTANTIATED = "SUBSTANTIATED";
  public static final String UNSUBSTANTIATED = "UNSUBSTANTIATED";
  public static final String FINDINGS = "investigationFindings";
  public static final String RECOMMENDED_MEASURE = "recommendedMeasure";
  public static final String RECOMMEND_BAR = "recommendBar";
  public static final String FINDING_LABEL = "investigationFindingLabel";
  public static final String RECOMMENDED_LABEL = "recommendedMeasureLabel";
  public static final String DECISION_DUE = "decisionDueDate";

  // 审定处理决定 (city)
  public static final String DECISION = "misconductDecision";
  public static final String CONFIRM = "CONFIRM";
  public static final String DISMISS = "DISMISS";
  public static final String MEASURE = "misconductMeasure";
  public static final String BAR = "barFromFutureRounds";
  public static final String DECISION_REASON = "decisionReason";

  // set by ApplyMisconductDecision
  public static final String OUTCOME_TEXT = "outcomeText";
  /** Whether this process tells the source unit (not when the dispatch's own case already does). */
  public static final String INFORM_SOURCE_UNIT = "informSourceUnit";

  // set on the dispatch case by the message and EndDispatchForMisconduct
  public static final String TERMINATION_REASON = "terminationReason";

  private MisconductVariables() {}
}
