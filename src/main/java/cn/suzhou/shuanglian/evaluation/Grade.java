package cn.suzhou.shuanglian.evaluation;

/** The four grades of a yearly evaluation (P-18), decided by the DMN table {@code evaluationGrade}. */
public enum Grade {
  EXCELLENT("优秀"), QUALIFIED("合格"), BASIC("基本合格"), UNQUALIFIED("不合格");

  private final String label;

  Grade(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
