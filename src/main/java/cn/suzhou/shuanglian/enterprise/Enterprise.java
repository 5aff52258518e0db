package cn.suzhou.shuanglian.enterprise;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** An enterprise of a district; once screened and consenting it becomes a service unit (P-10). */
@Entity
@Table(name = "enterprise")
public class Enterprise {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "credit_code", nullable = false)
  private String creditCode;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "industry_group_code")
  private IndustryGroup industryGroup;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EnterpriseScale scale;

  @Column(name = "contact_user_id")
  private String contactUserId;

  @Column(name = "contact_name")
  private String contactName;

  @Column(name = "contact_phone")
  private String contactPhone;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private int version;

  protected Enterprise() {}

  public Enterprise(String creditCode, String name, District district, IndustryGroup industryGroup,
      EnterpriseScale scale, String contactUserId, String contactName, String contactPhone) {
    this.creditCode = creditCode;
    this.name = name;
    this.district = district;
    this.industryGroup = industryGroup;
    this.scale = scale;
    this.contactUserId = contactUserId;
    this.contactName = contactName;
    this.contactPhone = contactPhone;
    this.createdAt = Instant.now();
  }

  /** Takes the facts a district re-entered when screening it as a service unit (P-10). */
  public void update(String name, IndustryGroup industryGroup, EnterpriseScale scale, String contactName,
      String contactPhone) {
    this.name = name;
    this.industryGroup = industryGroup;
    this.scale = scale;
    this.contactName = contactName;
    this.contactPhone = contactPhone;
  }

  public Long getId() { return id; }
  public String getCreditCode() { return creditCode; }
  public String getName() { return name; }
  public District getDistrict() { return district; }
  public IndustryGroup getIndustryGroup() { return industryGroup; }
  public EnterpriseScale getScale() { return scale; }
  public String getContactUserId() { return contactUserId; }
  public String getContactName() { return contactName; }
  public String getContactPhone() { return contactPhone; }
  public Instant getCreatedAt() { return createdAt; }
}
