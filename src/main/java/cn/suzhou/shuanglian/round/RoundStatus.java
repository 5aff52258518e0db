package cn.suzhou.shuanglian.round;

/** Where a selection round stands (P-01, P-04, P-12). */
public enum RoundStatus {
  /** Districts screen service units and collect demands; the city reviews them. */
  COLLECTING,
  /** Every district's list is approved; the supply–demand comparison is compiled. */
  DEMANDS_APPROVED,
  /** The city bureau has reviewed the comparison; nomination follows. */
  SUPPLY_DEMAND_REVIEWED,
  /** The city drafts the preliminary list; source units release; co-departments countersign (P-03, P-12(2)). */
  NOMINATING,
  /** The list is final. */
  NOMINATED,
  /** The computed matching is with the districts and the city (P-11). */
  MATCHING,
  /** Every commissioner has a district and service units; agreements follow (P-12(3)). */
  MATCHED,
  /** Each final match has its agreement signing under way (P-12(3)); declined ones are replaced. */
  SIGNING,
  /** Every agreement is signed and every dispatch runs (P-12(3), P-15): the round is complete. */
  SIGNED,
  /** The round's process was cancelled by an administrator; the year may be opened again. */
  CANCELLED
}
