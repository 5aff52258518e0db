package cn.suzhou.shuanglian.demand;

/** The kind of help a demand asks for, after the commissioners' duties (P-06, P-09). */
public enum DemandType {
  TECH_PROBLEM("技术难题攻关"),
  PRODUCT_DEVELOPMENT("新产品研发"),
  ACHIEVEMENT_TRANSFER("科技成果转化"),
  PLATFORM_COBUILD("共建转化平台"),
  TALENT_CONSULTING("人才引育与咨询诊断");

  private final String label;

  DemandType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
