package cn.suzhou.shuanglian.round;

/** Where a selection round stands (P-01, P-04, P-12). */
public enum RoundStatus {
  /** Districts screen service units and collect demands; the city reviews them. */
  COLLECTING,
  /** Every district's list is approved; the supply–demand comparison is compiled. */
  DEMANDS_APPROVED,
  /** The city bureau has reviewed the comparison; nomination follows. */
  SUPPLY_DEMAND_REVIEWED,
  /** The round's process was cancelled by an administrator; the year may be opened again. */
  CANCELLED
}
