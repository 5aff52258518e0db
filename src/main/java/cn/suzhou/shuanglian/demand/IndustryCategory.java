package cn.suzhou.shuanglian.demand;

/** Whose demand it is (P-12(1)): a leading industry, an emerging industry or a backbone enterprise. */
public enum IndustryCategory {
  LEADING("主导产业"),
  EMERGING("新兴产业"),
  BACKBONE("骨干企业");

  private final String label;

  IndustryCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
