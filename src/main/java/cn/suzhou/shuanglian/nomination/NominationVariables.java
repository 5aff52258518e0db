package cn.suzhou.shuanglian.nomination;

/** Variable names of {@code nomination}, shared by its delegates, forms and tests. */
public final class NominationVariables {

  private NominationVariables() {}

  public static final String PROCESS_KEY = "nomination";
  public static final String ROUND_ID = "roundId";
  public static final String ROUND_YEAR = "roundYear";
  public static final String NOMINATION_ID = "nominationId";
  public static final String CASE_TITLE = "caseTitle";
  public static final String NOMINATION_DUE = "nominationDueDate";

  // the city's draft
  public static final String NOMINEES = "nominees";
  /** The city attests the P-07 conditions for every row at once. */
  public static final String ATTEST_ALL = "attestAll";
  public static final String CANDIDATES_TABLE = "candidatesTable";
  public static final String SUPPLY_DEMAND_TEXT = "supplyDemandText";
  public static final String DRAFT_NOTES = "draftNotes";
  public static final String REQUIRED_TOTAL = "requiredTotal";
  public static final String MIN_PER_DISTRICT = "minPerDistrict";
  public static final String CAPACITY_OK = "capacityOk";

  // source units (multi-instance, local)
  public static final String SOURCE_UNIT_CODE = "sourceUnitCode";
  public static final String SOURCE_UNIT_NAME = "sourceUnitName";
  public static final String RELEASES = "releases";
  public static final String ANY_REFUSED = "anyRefused";

  // co-departments (multi-instance, local)
  public static final String DEPARTMENT = "department";
  public static final String DEPARTMENT_NAME = "departmentName";
  public static final String COUNTERSIGN_DECISION = "countersignDecision";
  public static final String COUNTERSIGN_COMMENT = "countersignComment";
  public static final String NOMINEES_TABLE = "nomineesTable";
  public static final String ANY_OBJECTION = "anyObjection";
}
