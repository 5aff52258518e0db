package cn.suzhou.shuanglian.commissioner;

/** Municipal commissioners are the city's own; provincial ones are coordinated alongside them (P-13). */
public enum CommissionerLevel {
  MUNICIPAL("市级"),
  PROVINCIAL("省级");

  private final String label;

  CommissionerLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
