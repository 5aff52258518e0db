package cn.suzhou.shuanglian.evaluation;

/** Where a yearly evaluation stands (P-18). */
public enum EvaluationStatus {
  /** Opened at the anniversary; the commissioner summarises, the enterprises rate. */
  OPEN,
  /** The commissioner's summary is in. */
  SUMMARISED,
  /** The district scored it and the grade table graded it; with the city. */
  SCORED,
  /** The city approved the grade; it is fed back to the source unit. */
  APPROVED
}
