package cn.suzhou.shuanglian.expert;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** Membership of the Suzhou S&T expert database (宿州市科技专家库, P-20); one per commissioner. */
@Entity
@Table(name = "expert_membership")
public class ExpertMembership {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  @Column(nullable = false)
  private String expertise;

  @Column(nullable = false)
  private String title;

  /** Industry group codes the expert reviews in, comma separated. */
  @Column(name = "review_fields", nullable = false)
  private String reviewFields;

  @Column
  private String achievements;

  @Column(name = "approved_by", nullable = false)
  private String approvedBy;

  @Column(name = "approved_at", nullable = false)
  private Instant approvedAt;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  protected ExpertMembership() {}

  public ExpertMembership(Commissioner commissioner, String expertise, String title, String reviewFields,
      String achievements, String approvedBy, Instant approvedAt, String processInstanceId) {
    this.commissioner = commissioner;
    this.expertise = expertise;
    this.title = title;
    this.reviewFields = reviewFields;
    this.achievements = achievements;
    this.approvedBy = approvedBy;
    this.approvedAt = approvedAt;
    this.processInstanceId = processInstanceId;
  }

  public Long getId() { return id; }
  public Commissioner getCommissioner() { return commissioner; }
  public String getExpertise() { return expertise; }
  public String getTitle() { return title; }
  public String getReviewFields() { return reviewFields; }
  public String getAchievements() { return achievements; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
