package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
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
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A joint S&T project of a commissioner and the enterprise it serves (科技项目申报, P-19): exempt from
 * the district's quota, reviewed first, possibly recommended to the province. While it holds its
 * year's place, {@code commissionerSlot} and {@code enterpriseSlot} carry the two ids, unique per
 * year in the schema: one a year for each, even under concurrent filing.
 */
@Entity
@Table(name = "project_application")
public class ProjectApplication {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_year", nullable = false)
  private int applicationYear;

  /** 1, 2, 3 … within the year. */
  @Column(name = "serial_no", nullable = false)
  private int serialNo;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dispatch_id")
  private Dispatch dispatch;

  @Column(name = "commissioner_slot")
  private Long commissionerSlot;

  @Column(name = "enterprise_slot")
  private Long enterpriseSlot;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectCategory category;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "industry_group_code")
  private IndustryGroup industryGroup;

  @Column(nullable = false)
  private String content;

  @Column(nullable = false)
  private String goals;

  @Column(name = "total_budget", nullable = false)
  private BigDecimal totalBudget;

  @Column(name = "enterprise_funding", nullable = false)
  private BigDecimal enterpriseFunding;

  @Column(name = "duration_months", nullable = false)
  private int durationMonths;

  @Column(name = "quota_exempt", nullable = false)
  private boolean quotaExempt;

  @Column(name = "review_priority", nullable = false)
  private int reviewPriority;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ProjectStatus status;

  @Column(name = "enterprise_answer_by")
  private String enterpriseAnswerBy;

  @Column(name = "enterprise_answer_at")
  private Instant enterpriseAnswerAt;

  @Column(name = "conditions_met")
  private Boolean conditionsMet;

  @Column(name = "conditions_note")
  private String conditionsNote;

  @Column(name = "checked_by")
  private String checkedBy;

  @Column(name = "checked_at")
  private Instant checkedAt;

  @Column(name = "average_score")
  private BigDecimal averageScore;

  @Column(name = "decision_note")
  private String decisionNote;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "recommended_to_province", nullable = false)
  private boolean recommendedToProvince;

  @Column(name = "recommendation_note")
  private String recommendationNote;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "filed_by", nullable = false)
  private String filedBy;

  @Column(name = "filed_at", nullable = false)
  private Instant filedAt;

  @Column(name = "process_instance_id", nullable = false)
  private String processInstanceId;

  @Version
  private int version;

  protected ProjectApplication() {}

  public ProjectApplication(int applicationYear, int serialNo, Dispatch dispatch, Enterprise enterprise, String title,
      ProjectCategory category, IndustryGroup industryGroup, String content, String goals, BigDecimal totalBudget,
      BigDecimal enterpriseFunding, int durationMonths, int reviewPriority, String filedBy, Instant filedAt,
      String processInstanceId) {
    this.applicationYear = applicationYear;
    this.serialNo = serialNo;
    this.dispatch = dispatch;
    this.commissioner = dispatch.getCommissioner();
    this.enterprise = enterprise;
    this.commissionerSlot = commissioner.getId();
    this.enterpriseSlot = enterprise.getId();
    this.title = title;
    this.category = category;
    this.industryGroup = industryGroup;
    this.content = content;
    this.goals = goals;
    this.totalBudget = totalBudget;
    this.enterpriseFunding = enterpriseFunding;
    this.durationMonths = durationMonths;
    this.quotaExempt = true;
    this.reviewPriority = reviewPriority;
    this.status = ProjectStatus.SUBMITTED;
    this.filedBy = filedBy;
    this.filedAt = filedAt;
    this.processInstanceId = processInstanceId;
  }

  /** The number officials quote: 宿双链项〔2026〕0007. */
  public String applicationNo() {
    return "宿双链项〔" + applicationYear + "〕" + String.format("%04d", serialNo);
  }

  public void recordEnterpriseAnswer(String userId, Instant at) {
    this.enterpriseAnswerBy = userId;
    this.enterpriseAnswerAt = at;
  }

  /** P-19: the city's check of the municipal project conditions. */
  public void recordConditions(boolean met, String note, String userId, Instant at) {
    requireStatus(ProjectStatus.SUBMITTED);
    this.conditionsMet = met;
    this.conditionsNote = note;
    this.checkedBy = userId;
    this.checkedAt = at;
    if (met) {
      this.status = ProjectStatus.UNDER_REVIEW;
    } else {
      this.status = ProjectStatus.REJECTED;
      this.endReason = note;
    }
  }

  /** Gives the year's place back: withdrawn by the applicant, or the enterprise did not agree. */
  public void release(ProjectStatus outcome, String reason, Instant at) {
    if (outcome.holdsYearPlace()) {
      throw new IllegalArgumentException(outcome + " keeps the year's place");
    }
    requireStatus(ProjectStatus.SUBMITTED);
    this.status = outcome;
    this.endReason = reason;
    this.commissionerSlot = null;
    this.enterpriseSlot = null;
    this.decidedAt = at;
  }

  public void recordAverageScore(BigDecimal averageScore) {
    this.averageScore = averageScore;
  }

  /** P-19: the city's decision; only an approved project can be recommended to the province. */
  public void decide(boolean approved, String note, boolean recommend, String recommendationNote, String userId,
      Instant at) {
    requireStatus(ProjectStatus.UNDER_REVIEW);
    if (recommend && !approved) {
      throw new IllegalArgumentException("only an approved project can be recommended to the province");
    }
    this.status = approved ? ProjectStatus.APPROVED : ProjectStatus.REJECTED;
    this.decisionNote = note;
    this.recommendedToProvince = recommend;
    this.recommendationNote = recommend ? recommendationNote : null;
    this.decidedBy = userId;
    this.decidedAt = at;
    if (!approved) {
      this.endReason = note;
    }
  }

  private void requireStatus(ProjectStatus expected) {
    if (status != expected) {
      throw new IllegalStateException("project application " + id + " is " + status + ", not " + expected);
    }
  }

  public Long getId() { return id; }
  public int getApplicationYear() { return applicationYear; }
  public int getSerialNo() { return serialNo; }
  public Commissioner getCommissioner() { return commissioner; }
  public Enterprise getEnterprise() { return enterprise; }
  public Dispatch getDispatch() { return dispatch; }
  public String getTitle() { return title; }
  public ProjectCategory getCategory() { return category; }
  public IndustryGroup getIndustryGroup() { return industryGroup; }
  public String getContent() { return content; }
  public String getGoals() { return goals; }
  public BigDecimal getTotalBudget() { return totalBudget; }
  public BigDecimal getEnterpriseFunding() { return enterpriseFunding; }
  public int getDurationMonths() { return durationMonths; }
  public boolean isQuotaExempt() { return quotaExempt; }
  public int getReviewPriority() { return reviewPriority; }
  public ProjectStatus getStatus() { return status; }
  public String getEnterpriseAnswerBy() { return enterpriseAnswerBy; }
  public Instant getEnterpriseAnswerAt() { return enterpriseAnswerAt; }
  public Boolean getConditionsMet() { return conditionsMet; }
  public String getConditionsNote() { return conditionsNote; }
  public String getCheckedBy() { return checkedBy; }
  public Instant getCheckedAt() { return checkedAt; }
  public BigDecimal getAverageScore() { return averageScore; }
  public String getDecisionNote() { return decisionNote; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public boolean isRecommendedToProvince() { return recommendedToProvince; }
  public String getRecommendationNote() { return recommendationNote; }
  public String getEndReason() { return endReason; }
  public String getFiledBy() { return filedBy; }
  public Instant getFiledAt() { return filedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
