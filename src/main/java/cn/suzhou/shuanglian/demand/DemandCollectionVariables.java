package cn.suzhou.shuanglian.demand;

/** Variable names of {@code districtDemandCollection}, shared by its delegates, forms and tests. */
public final class DemandCollectionVariables {

  private DemandCollectionVariables() {}

  public static final String PROCESS_KEY = "districtDemandCollection";

  // from the round (call activity in-mappings)
  public static final String ROUND_ID = "roundId";
  public static final String ROUND_YEAR = "roundYear";
  public static final String DISTRICT_CODE = "districtCode";
  public static final String COLLECTION_DEADLINE = "collectionDeadline";

  // set when the collection opens
  public static final String COLLECTION_ID = "collectionId";
  public static final String DISTRICT_NAME = "districtName";
  public static final String CASE_TITLE = "caseTitle";
  public static final String COLLECTION_DUE_DATE = "collectionDueDate";

  /** The district's tasks that edit the lists. */
  public static final String[] LIST_TASKS = {"Activity_ScreenServiceUnits", "Activity_CollectDemands"};

  // the lists (Json) and what the forms show of them
  public static final String SERVICE_UNITS = DemandListRules.SERVICE_UNITS;
  public static final String DEMANDS = DemandListRules.DEMANDS;
  public static final String REVIEW_HISTORY = "reviewHistory";

  // the city bureau's review
  public static final String REVIEW_DUE_DATE = "reviewDueDate";
  public static final String REVIEW_DECISION = "reviewDecision";
  public static final String REVIEW_COMMENT = "reviewComment";
  public static final String REVIEWER_USER_ID = "reviewerUserId";
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";
}
