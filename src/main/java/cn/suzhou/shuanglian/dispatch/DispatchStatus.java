package cn.suzhou.shuanglian.dispatch;

/** Where a dispatch stands (P-15, P-17, P-18). */
public enum DispatchStatus {
  /** The commissioner serves the district. */
  ACTIVE,
  /** Ended early: graded 不合格 (P-18) or confirmed misconduct (P-17). */
  TERMINATED,
  /** The term ran out without renewal. */
  COMPLETED,
  /** The term ran out and the parties renewed it with a new agreement (续派, P-15). */
  RENEWED
}
