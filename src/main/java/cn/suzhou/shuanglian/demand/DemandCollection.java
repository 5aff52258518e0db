package cn.suzhou.shuanglian.demand;

import cn.suzhou.shuanglian.district.District;
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

/** One district's demand collection in a round (县区需求征集, P-12(1)): its list and its review state. */
@Entity
@Table(name = "demand_collection")
public class DemandCollection {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  /** The selection round collecting (its id: the round orchestrates the collection, P-12(1)). */
  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DemandStatus status;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Version
  private int version;

  protected DemandCollection() {}

  public DemandCollection(Long roundId, District district, String processInstanceId) {
    this.roundId = roundId;
    this.district = district;
    this.processInstanceId = processInstanceId;
    this.status = DemandStatus.DRAFT;
  }

  public void submitted(String userId, Instant at) {
    this.status = DemandStatus.SUBMITTED;
    this.submittedBy = userId;
    this.submittedAt = at;
  }

  public void returned() {
    this.status = DemandStatus.RETURNED;
  }

  public void approved(String userId, Instant at) {
    this.status = DemandStatus.APPROVED;
    this.approvedBy = userId;
    this.approvedAt = at;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public District getDistrict() { return district; }
  public DemandStatus getStatus() { return status; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
}
