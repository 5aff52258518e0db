package cn.suzhou.shuanglian.evaluation;

/** Names of the process variables of {@code evaluationScheme} (考核评价制度报审, P-18). */
public final class EvaluationSchemeVariables {

  public static final String PROCESS_KEY = "evaluationScheme";

  // start form, revision form and REST start variables
  public static final String DISTRICT_CODE = "districtCode";
  public static final String WEIGHT_ORIENTATION = "weightOrientation";
  public static final String WEIGHT_INITIATIVE = "weightInitiative";
  public static final String WEIGHT_SATISFACTION = "weightSatisfaction";
  public static final String WEIGHT_RESULTS = "weightResults";
  public static final String EXCELLENT_MIN = "excellentMin";
  public static final String QUALIFIED_MIN = "qualifiedMin";
  public static final String BASIC_MIN = "basicMin";
  public static final String SERVICE_UNITS_CONSULTED = "serviceUnitsConsulted";
  public static final String CRITERIA_NOTES = "criteriaNotes";

  // set by CheckSchemeWeights (and refreshed on every revision)
  public static final String SCHEME_ID = "schemeId";
  public static final String DISTRICT_NAME = "districtName";
  public static final String CASE_TITLE = "caseTitle";
  public static final String APPLICANT_NAME = "applicantName";
  public static final String IN_FORCE_SUMMARY = "inForceSummary";
  public static final String REVIEW_DUE_DATE = "reviewDueDate";

  // the city's review
  public static final String SCHEME_DECISION = "schemeDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String PREVIOUS_REVIEW_COMMENT = "previousReviewComment";
  public static final String REVIEWER_USER_ID = "schemeReviewerUserId";
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  private EvaluationSchemeVariables() {}
}
