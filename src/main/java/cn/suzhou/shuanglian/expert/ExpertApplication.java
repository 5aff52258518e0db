package cn.suzhou.shuanglian.expert;

import cn.suzhou.shuanglian.commissioner.Commissioner;
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

/**
 * An application to the Suzhou S&T expert database (专家库入库申请, P-20): the domain record of one
 * expertPoolApplication case. While it is under review it holds the commissioner's one place
 * ({@code pending_commissioner_id}, unique); a decision or a cancelled case gives the place back.
 */
@Entity
@Table(name = "expert_application")
public class ExpertApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  /** The commissioner's id while PENDING, else null: one application under review per person. */
  @Column(name = "pending_commissioner_id")
  private Long pendingCommissionerId;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ExpertApplicationStatus status;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String expertise;

  /** Industry group codes the applicant would review in, comma separated. */
  @Column(name = "review_fields", nullable = false)
  private String reviewFields;

  @Column
  private String achievements;

  @Column(name = "filed_by", nullable = false)
  private String filedBy;

  @Column(name = "reviewer_user_id")
  private String reviewerUserId;

  @Column(name = "rejection_reason")
  private String rejectionReason;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Version
  private int version;

  protected ExpertApplication() {}

  public ExpertApplication(Commissioner commissioner, String processInstanceId, String title, String expertise,
      String reviewFields, String achievements, String filedBy, Instant createdAt) {
    this.commissioner = commissioner;
    this.pendingCommissionerId = commissioner.getId();
    this.processInstanceId = processInstanceId;
    this.status = ExpertApplicationStatus.PENDING;
    this.title = title;
    this.expertise = expertise;
    this.reviewFields = reviewFields;
    this.achievements = achievements;
    this.filedBy = filedBy;
    this.createdAt = createdAt;
  }

  public void approve(String reviewer, Instant at) {
    decide(ExpertApplicationStatus.APPROVED, reviewer, at);
  }

  public void reject(String reviewer, String reason, Instant at) {
    decide(ExpertApplicationStatus.REJECTED, reviewer, at);
    this.rejectionReason = reason;
  }

  /** The case was deleted before a decision: the place is free again. */
  public void cancel() {
    requirePending();
    this.status = ExpertApplicationStatus.CANCELLED;
    this.pendingCommissionerId = null;
  }

  private void decide(ExpertApplicationStatus outcome, String reviewer, Instant at) {
    requirePending();
    this.status = outcome;
    this.reviewerUserId = reviewer;
    this.decidedAt = at;
    this.pendingCommissionerId = null;
  }

  private void requirePending() {
    if (status != ExpertApplicationStatus.PENDING) {
      throw new IllegalStateException("expert application " + id + " is " + status + ", not PENDING");
    }
  }

  /** Who reads a rejection: the commissioner, or — when they have no login — whoever filed for them. */
  public String applicantUserId() {
    return commissioner.getUserId() != null ? commissioner.getUserId() : filedBy;
  }

  public Long getId() { return id; }
  public Commissioner getCommissioner() { return commissioner; }
  public Long getPendingCommissionerId() { return pendingCommissionerId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public ExpertApplicationStatus getStatus() { return status; }
  public String getTitle() { return title; }
  public String getExpertise() { return expertise; }
  public String getReviewFields() { return reviewFields; }
  public String getAchievements() { return achievements; }
  public String getFiledBy() { return filedBy; }
  public String getReviewerUserId() { return reviewerUserId; }
  public String getRejectionReason() { return rejectionReason; }
  public Instant getDecidedAt() { return decidedAt; }
  public Instant getCreatedAt() { return createdAt; }
}
