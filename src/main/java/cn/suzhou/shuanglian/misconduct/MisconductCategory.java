package cn.suzhou.shuanglian.misconduct;

/** What a commissioner is reported for (P-17: 保守企业秘密，不干预企业正常经营，不强揽业务，不扰乱公平竞争). */
public enum MisconductCategory {
  TRADE_SECRETS("保守企业秘密/泄密"),
  INTERFERENCE("干预企业正常经营"),
  SOLICITING("强揽业务"),
  UNFAIR_COMPETITION("扰乱公平竞争"),
  OTHER("其他");

  private final String label;

  MisconductCategory(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
