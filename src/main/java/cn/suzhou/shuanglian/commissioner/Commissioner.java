package cn.suzhou.shuanglian.commissioner;

import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
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

/** An entry of the city's commissioner information database (双链融合专员信息库, P-04). */
@Entity
@Table(name = "commissioner")
public class Commissioner {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "user_id")
  private String userId;

  @Column(nullable = false)
  private String name;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_unit_code")
  private SourceUnit sourceUnit;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private CommissionerLevel level;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "industry_group_code")
  private IndustryGroup industryGroup;

  @Column(nullable = false)
  private String expertise;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String phone;

  @Column(name = "resident_id", nullable = false)
  private String residentId;

  @Column(nullable = false)
  private boolean barred;

  @Column(name = "barred_reason")
  private String barredReason;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private int version;

  protected Commissioner() {}

  public Commissioner(String userId, String name, SourceUnit sourceUnit, CommissionerLevel level,
      IndustryGroup industryGroup, String expertise, String title, String phone, String residentId) {
    this.userId = userId;
    this.name = name;
    this.sourceUnit = sourceUnit;
    this.level = level;
    this.industryGroup = industryGroup;
    this.expertise = expertise;
    this.title = title;
    this.phone = phone;
    this.residentId = residentId;
    this.createdAt = Instant.now();
  }

  public Long getId() { return id; }
  public String getUserId() { return userId; }
  public String getName() { return name; }
  public SourceUnit getSourceUnit() { return sourceUnit; }
  public CommissionerLevel getLevel() { return level; }
  public IndustryGroup getIndustryGroup() { return industryGroup; }
  public String getExpertise() { return expertise; }
  public String getTitle() { return title; }
  public String getPhone() { return phone; }
  public String getResidentId() { return residentId; }
  /** Graded 不合格 (P-18): the cooperation ends and the person is never dispatched again. */
  public void bar(String reason) {
    this.barred = true;
    this.barredReason = reason;
  }

  public boolean isBarred() { return barred; }
  public String getBarredReason() { return barredReason; }
  public Instant getCreatedAt() { return createdAt; }
}
