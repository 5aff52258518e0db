package cn.suzhou.shuanglian.industry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An industry group (行业分组, P-11): commissioners and demands are matched inside one group. */
@Entity
@Table(name = "industry_group")
public class IndustryGroup {

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected IndustryGroup() {}

  public String getCode() { return code; }
  public String getName() { return name; }
  public int getSortOrder() { return sortOrder; }
}
