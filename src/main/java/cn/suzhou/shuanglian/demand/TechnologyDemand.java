package cn.suzhou.shuanglian.demand;

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

/** A technology demand (技术需求) of a service unit, P-12(1), typed after P-06/P-09. */
@Entity
@Table(name = "technology_demand")
public class TechnologyDemand {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id")
  private DemandCollection collection;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "service_unit_id")
  private ServiceUnit serviceUnit;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "industry_group_code")
  private IndustryGroup industryGroup;

  @Enumerated(EnumType.STRING)
  @Column(name = "industry_category", nullable = false)
  private IndustryCategory industryCategory;

  @Enumerated(EnumType.STRING)
  @Column(name = "demand_type", nullable = false)
  private DemandType demandType;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String description;

  @Column(name = "cooperation_sought", nullable = false)
  private String cooperationSought;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DemandStatus status;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private int version;

  protected TechnologyDemand() {}

  public TechnologyDemand(DemandCollection collection, String title, String createdBy, Instant createdAt) {
    this.collection = collection;
    this.title = title;
    this.status = DemandStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  /** Sets the content; a changed demand is a draft again until the list is submitted. */
  public void describe(ServiceUnit serviceUnit, IndustryGroup industryGroup, IndustryCategory industryCategory,
      DemandType demandType, String description, String cooperationSought) {
    boolean changed = this.serviceUnit != serviceUnit || this.industryGroup != industryGroup
        || this.industryCategory != industryCategory || this.demandType != demandType
        || !description.equals(this.description) || !cooperationSought.equals(this.cooperationSought);
    this.serviceUnit = serviceUnit;
    this.industryGroup = industryGroup;
    this.industryCategory = industryCategory;
    this.demandType = demandType;
    this.description = description;
    this.cooperationSought = cooperationSought;
    if (changed && id != null) {
      this.status = DemandStatus.DRAFT;
    }
  }

  public void moveTo(DemandStatus status) {
    this.status = status;
  }

  public Long getId() { return id; }
  public DemandCollection getCollection() { return collection; }
  public ServiceUnit getServiceUnit() { return serviceUnit; }
  public IndustryGroup getIndustryGroup() { return industryGroup; }
  public IndustryCategory getIndustryCategory() { return industryCategory; }
  public DemandType getDemandType() { return demandType; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public String getCooperationSought() { return cooperationSought; }
  public DemandStatus getStatus() { return status; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
