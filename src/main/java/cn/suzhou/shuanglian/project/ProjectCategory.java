package cn.suzhou.shuanglian.project;

/** The municipal project lines a joint project may be filed under (P-19). */
public enum ProjectCategory {
  MAJOR_SPECIAL("市级重大专项"),
  SCIENCE_PLAN("市科技计划项目");

  private final String label;

  ProjectCategory(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
