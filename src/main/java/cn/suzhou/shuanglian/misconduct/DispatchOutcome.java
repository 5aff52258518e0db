package cn.suzhou.shuanglian.misconduct;

/** What a decided case did to its dispatch (P-17). */
public enum DispatchOutcome {
  /** The dispatch was ended for misconduct by this case. */
  TERMINATED,
  /** 终止派驻 was decided but the dispatch had already ended (completed, renewed or terminated). */
  ALREADY_ENDED,
  /** The dispatch goes on (批评教育, or a dismissed report). */
  CONTINUES
}
