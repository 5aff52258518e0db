package cn.suzhou.shuanglian.misconduct;

/** Where a misconduct case stands (P-17). */
public enum MisconductStatus {
  /** Reported; the district investigates. */
  REPORTED,
  /** The district has found the facts (查实 or 不实); the city decides. */
  INVESTIGATED,
  /** The city confirmed the violation and decided the measure. */
  CONFIRMED,
  /** The city dismissed the report: nothing changes for the dispatch or the person. */
  DISMISSED
}
