package cn.suzhou.shuanglian.evaluation;

/** An evaluation scheme's approval (P-18). */
public enum SchemeStatus {
  /** With the city bureau for approval. */
  SUBMITTED,
  /** Returned by the city with comments; the district revises it. */
  RETURNED,
  /** Approved and in force for the district's evaluations. */
  APPROVED,
  /** Replaced by a later approved scheme of the district. */
  SUPERSEDED
}
