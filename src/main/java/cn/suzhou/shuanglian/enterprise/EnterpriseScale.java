package cn.suzhou.shuanglian.enterprise;

/** Enterprise size class (大型/中型/小型/微型企业), weighed when screening service units (P-10). */
public enum EnterpriseScale {
  LARGE("大型"),
  MEDIUM("中型"),
  SMALL("小型"),
  MICRO("微型");

  private final String label;

  EnterpriseScale(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
