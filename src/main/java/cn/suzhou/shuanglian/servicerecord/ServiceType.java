package cn.suzhou.shuanglian.servicerecord;

/** The kinds of service a commissioner gives (P-06, P-09), with the names officials read. */
public enum ServiceType {
  /** P-09(1): mining technology demands, 企业出题、高校院所解题. */
  DEMAND_MINING("挖掘技术需求"),
  /** P-09(2), P-06(2): recommending universities' newest achievements for transfer. */
  ACHIEVEMENT_RECOMMENDATION("推介科技成果"),
  /** P-09(2): organising a matchmaking event. */
  MATCHMAKING_EVENT("组织产学研对接活动"),
  /** P-09(3), P-06(1): brokering 产学研 cooperation. */
  COOPERATION("促成产学研合作"),
  /** P-09(3), P-06(3): co-building a technology-transfer platform. */
  PLATFORM_BUILDING("共建成果转化平台"),
  /** P-09(4), P-06(4): consulting, technical diagnosis, product development, transfer services. */
  CONSULTING("技术咨询、诊断、产品开发与成果转化服务");

  private final String label;

  ServiceType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
