package cn.suzhou.shuanglian.district;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A county/district or city-managed park (县区 / 市管园区) that receives commissioners (P-01, P-02).
 * The list is data: a ninth park is a new row. Its Camunda group is {@code district-<code>}.
 */
@Entity
@Table(name = "district")
public class District {

  public enum Kind { COUNTY, PARK }

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;

  @Column(name = "region_code")
  private String regionCode;

  @Column(nullable = false, precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(nullable = false, precision = 9, scale = 6)
  private BigDecimal longitude;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  @Column(nullable = false)
  private boolean active;

  protected District() {}

  public String getCode() { return code; }
  public String getName() { return name; }
  public Kind getKind() { return kind; }
  public String getRegionCode() { return regionCode; }
  public BigDecimal getLatitude() { return latitude; }
  public BigDecimal getLongitude() { return longitude; }
  public int getSortOrder() { return sortOrder; }
  public boolean isActive() { return active; }

  /** The Camunda group of this district's S&T department. */
  public String groupId() {
    return "district-" + code;
  }
}
