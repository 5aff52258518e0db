package cn.suzhou.shuanglian.sourceunit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A source unit (派出单位, P-08). Its Camunda group is {@code source-unit-<code>}. */
@Entity
@Table(name = "source_unit")
public class SourceUnit {

  @Id
  private String code;

  @Column(nullable = false)
  private String name;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SourceUnitType type;

  @Column(name = "in_city", nullable = false)
  private boolean inCity;

  @Column(nullable = false)
  private String city;

  @Column(nullable = false, precision = 9, scale = 6)
  private BigDecimal latitude;

  @Column(nullable = false, precision = 9, scale = 6)
  private BigDecimal longitude;

  protected SourceUnit() {}

  public SourceUnit(String code, String name, SourceUnitType type, boolean inCity, String city,
      BigDecimal latitude, BigDecimal longitude) {
    this.code = code;
    this.name = name;
    this.type = type;
    this.inCity = inCity;
    this.city = city;
    this.latitude = latitude;
    this.longitude = longitude;
  }

  public String getCode() { return code; }
  public String getName() { return name; }
  public SourceUnitType getType() { return type; }
  public boolean isInCity() { return inCity; }
  public String getCity() { return city; }
  public BigDecimal getLatitude() { return latitude; }
  public BigDecimal getLongitude() { return longitude; }

  public String groupId() {
    return "source-unit-" + code;
  }
}
