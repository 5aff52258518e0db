package cn.suzhou.shuanglian.agreement;

/** Where an agreement stands (P-12(3)). */
public enum AgreementStatus {
  /** Waiting for the commissioner's acceptance. */
  PENDING,
  /** The commissioner accepted; the district signs. */
  ACCEPTED,
  /** Signed: number, date and two-year term recorded; the dispatch runs. */
  SIGNED,
  /** The commissioner declined; the district's matching is re-opened. */
  DECLINED
}
