package cn.suzhou.shuanglian.sourceunit;

/** The kinds of unit commissioners are sent from (P-08). */
public enum SourceUnitType {
  UNIVERSITY("高校"),
  RESEARCH_INSTITUTE("科研院所"),
  TECH_TRANSFER_CENTER("技术转移中心"),
  STATE_OWNED_ENTERPRISE("国有企业"),
  LEADING_ENTERPRISE("龙头企业"),
  ABOVE_SCALE_ENTERPRISE("规上企业"),
  ASSOCIATION("相关协会、学会");

  private final String label;

  SourceUnitType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
