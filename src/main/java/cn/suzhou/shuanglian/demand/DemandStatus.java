package cn.suzhou.shuanglian.demand;

/** Where a district's list — and each demand on it — stands in the city's review (P-12(1)). */
public enum DemandStatus {
  /** With the district, not yet submitted. */
  DRAFT,
  /** Submitted to the City S&T Bureau for 审定. */
  SUBMITTED,
  /** Returned with comments; with the district again. */
  RETURNED,
  /** Approved (审定) by the city bureau. */
  APPROVED;

  /** May the district still change the list? */
  public boolean withDistrict() {
    return this == DRAFT || this == RETURNED;
  }
}
