package cn.suzhou.shuanglian.project;

/** Names of the process variables of {@code projectApplication} (P-19, P-20). */
public final class ProjectApplicationVariables {

  public static final String PROCESS_KEY = "projectApplication";
  public static final String MESSAGE_WITHDRAWN = "ProjectApplicationWithdrawn";
  public static final String ERROR_DECLINED = "JOINT_FILING_DECLINED";

  // start form (or REST start variables)
  public static final String TITLE = "projectTitle";
  public static final String CATEGORY = "projectCategory";
  public static final String INDUSTRY_GROUP = "industryGroupCode";
  public static final String CREDIT_CODE = "creditCode";
  public static final String CONTENT = "projectContent";
  public static final String GOALS = "projectGoals";
  public static final String TOTAL_BUDGET = "totalBudget";
  public static final String ENTERPRISE_FUNDING = "enterpriseFunding";
  public static final String DURATION_MONTHS = "durationMonths";
  public static final String JOINT_PLEDGE = "jointPledge";
  /** Optional: the city bureau files for a named commissioner; a commissioner files for themself. */
  public static final String COMMISSIONER_ID = "commissionerId";
  public static final String INITIATOR = "initiatorUserId";

  // set by ValidateProjectApplication
  public static final String APPLICATION_ID = "applicationId";
  public static final String APPLICATION_NO = "applicationNo";
  public static final String APPLICATION_YEAR = "applicationYear";
  public static final String CASE_TITLE = "caseTitle";
  public static final String DISTRICT_CODE = "districtCode";
  public static final String DISTRICT_NAME = "districtName";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String SOURCE_UNIT_NAME = "sourceUnitName";
  public static final String ENTERPRISE_NAME = "enterpriseName";
  public static final String CATEGORY_LABEL = "projectCategoryLabel";
  public static final String INDUSTRY_GROUP_NAME = "industryGroupName";
  public static final String COMMISSIONER_USER_ID = "commissionerUserId";
  /** The enterprise contact's login, or null when the enterprise has none (its district answers). */
  public static final String ENTERPRISE_USER_ID = "enterpriseUserId";
  public static final String ENTERPRISE_GROUP_ID = "enterpriseGroupId";
  public static final String REVIEW_PRIORITY = "reviewPriority";
  public static final String TASK_DUE_DATE = "projectDueDate";

  // enterprise's confirmation
  public static final String JOINT_ANSWER = "jointFilingAnswer";
  public static final String JOINT_DECLINE_REASON = "jointDeclineReason";
  public static final String AGREE = "AGREE";
  public static final String DECLINE = "DECLINE";

  // city's condition check
  public static final String CONDITIONS_DECISION = "conditionsDecision";
  public static final String CONDITIONS_NOTE = "conditionsNote";
  public static final String CONDITIONS_MET = "conditionsMet";
  public static final String MET = "MET";
  public static final String NOT_MET = "NOT_MET";

  // reviewer draw
  public static final String REVIEWERS_SHORT = "reviewersShort";
  public static final String REVIEWER_USER_IDS = "reviewerUserIds";
  public static final String DRAW_SUMMARY = "drawSummary";
  public static final String ELIGIBLE_COUNT = "eligibleReviewers";
  public static final String WANTED_COUNT = "wantedReviewers";
  public static final String SHORTAGE_DECISION = "shortageDecision";
  public static final String REDRAW = "REDRAW";
  public static final String PROCEED = "PROCEED";

  // expert review (local to each reviewer's task)
  public static final String REVIEWER_USER_ID = "reviewerUserId";
  public static final String REVIEW_SCORE = "reviewScore";
  public static final String REVIEW_OPINION = "reviewOpinion";
  public static final String REVIEW_RECOMMEND = "reviewRecommendProvince";

  // summary and decision
  public static final String AVERAGE_SCORE = "averageScore";
  public static final String REVIEW_SUMMARY = "reviewSummary";
  public static final String PROJECT_DECISION = "projectDecision";
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";
  public static final String DECISION_NOTE = "decisionNote";
  public static final String RECOMMEND_PROVINCE = "recommendProvince";
  public static final String RECOMMENDATION_NOTE = "recommendationNote";

  // the applicant's notice
  public static final String RESULT_LABEL = "resultLabel";
  public static final String RESULT_NOTE = "resultNote";

  // withdrawal
  public static final String WITHDRAWAL_REASON = "withdrawalReason";

  private ProjectApplicationVariables() {}
}
