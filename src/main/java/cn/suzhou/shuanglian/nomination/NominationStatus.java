package cn.suzhou.shuanglian.nomination;

/** Where the preliminary list stands (P-03, P-12(2)). */
public enum NominationStatus { DRAFT, RELEASING, COUNTERSIGNING, FINAL }
