package cn.suzhou.shuanglian.round;

/** Variable names of {@code selectionRound}, shared by its delegates, forms and tests. */
public final class SelectionRoundVariables {

  private SelectionRoundVariables() {}

  public static final String PROCESS_KEY = "selectionRound";

  // start form
  public static final String ROUND_YEAR = "roundYear";
  public static final String COLLECTION_DEADLINE = "collectionDeadline";
  public static final String INITIATOR = "initiatorUserId";

  // set when the round opens
  public static final String ROUND_ID = "roundId";
  public static final String CASE_TITLE = "caseTitle";

  // the supply–demand comparison (P-04) and its review
  public static final String SUPPLY_BY_INDUSTRY = "supplyByIndustry";
  public static final String DEMANDS_BY_DISTRICT = "demandsByDistrict";
  public static final String SUPPLY_DEMAND_REVIEW_DUE = "supplyDemandReviewDue";
  public static final String SUPPLY_DEMAND_CONFIRMED = "supplyDemandConfirmed";
  public static final String SUPPLY_DEMAND_NOTE = "supplyDemandNote";
}
