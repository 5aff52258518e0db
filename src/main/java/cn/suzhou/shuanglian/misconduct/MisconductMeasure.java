package cn.suzhou.shuanglian.misconduct;

/**
 * P-17: how a verified violation is handled (一经查实，按照有关规定处理). Barring the person from later
 * rounds (列入禁派, the P-18 bar) is decided apart from the measure.
 */
public enum MisconductMeasure {
  /** 终止派驻: the dispatch ends at once (its case leaves the service years by message). */
  TERMINATE_DISPATCH("终止派驻"),
  /** 批评教育: the commissioner is admonished; the dispatch goes on; the source unit is told. */
  CRITICISM("批评教育（继续派驻）"),
  /** Only as the district's recommendation for an unsubstantiated report: no measure. */
  NONE("不予处理");

  private final String label;

  MisconductMeasure(String label) {
    this.label = label;
  }

  public String label() { return label; }
}
