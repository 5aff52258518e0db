package cn.suzhou.shuanglian.project;

/**
 * Where a joint project application stands (P-19). WITHDRAWN and DECLINED give the year's place
 * back; every other status keeps it (docs/projects.md).
 */
public enum ProjectStatus {
  /** Filed; the enterprise confirms filing jointly, then the city checks the conditions. */
  SUBMITTED("已申报"),
  /** Conditions met; experts of the pool are reviewing it. */
  UNDER_REVIEW("专家评审中"),
  APPROVED("已立项"),
  /** Conditions not met, or not approved after review. */
  REJECTED("未立项"),
  /** Withdrawn by the applicant before the review. */
  WITHDRAWN("已撤回"),
  /** The enterprise did not agree to file jointly. */
  DECLINED("企业未同意联合申报");

  private final String label;

  ProjectStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Does an application in this status hold the commissioner's and the enterprise's place for its year? */
  public boolean holdsYearPlace() {
    return this != WITHDRAWN && this != DECLINED;
  }
}
