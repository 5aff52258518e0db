package cn.suzhou.shuanglian.matching;

/** Variable names of {@code matching}, shared by its delegates, forms and tests. */
public final class MatchingVariables {

  private MatchingVariables() {}

  public static final String PROCESS_KEY = "matching";
  public static final String ROUND_ID = "roundId";
  public static final String CASE_TITLE = "caseTitle";
  public static final String MATCHING_DUE = "matchingDueDate";
  public static final String MIN_PER_DISTRICT = "minPerDistrict";

  // district confirmation (multi-instance, local)
  public static final String DISTRICT_CODE = "districtCode";
  public static final String DISTRICT_NAME = "districtName";
  public static final String DISTRICT_MATCHES = "districtMatches";
  public static final String CONFIRMATION_DECISION = "confirmationDecision";
  public static final String CONFIRMATION_COMMENT = "confirmationComment";

  // the city's final matching
  public static final String MATCHES = "matches";
  public static final String DISTRICT_COUNTS = "districtCounts";
  public static final String DISTRICT_REQUESTS = "districtRequests";
}
