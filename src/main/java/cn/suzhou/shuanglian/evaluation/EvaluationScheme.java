package cn.suzhou.shuanglian.evaluation;

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
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * A district's evaluation scheme (考核评价制度, P-18), set with its service units and approved by the
 * City S&T Bureau: the weights of the four criteria (企业导向, 工作主动性, 企业满意度, 工作成效; they add
 * up to 100) and the weighted scores from which a year is graded 优秀, 合格 and 基本合格 (below: 不合格).
 * One scheme is in force per district (unique {@code in_force_district}).
 */
@Entity
@Table(name = "evaluation_scheme")
public class EvaluationScheme {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @Column(name = "in_force_district")
  private String inForceDistrict;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SchemeStatus status;

  @Column(name = "weight_orientation", nullable = false)
  private int weightOrientation;

  @Column(name = "weight_initiative", nullable = false)
  private int weightInitiative;

  @Column(name = "weight_satisfaction", nullable = false)
  private int weightSatisfaction;

  @Column(name = "weight_results", nullable = false)
  private int weightResults;

  @Column(name = "excellent_min", nullable = false)
  private BigDecimal excellentMin;

  @Column(name = "qualified_min", nullable = false)
  private BigDecimal qualifiedMin;

  @Column(name = "basic_min", nullable = false)
  private BigDecimal basicMin;

  @Column(name = "service_units_consulted", nullable = false)
  private String serviceUnitsConsulted;

  @Column(name = "criteria_notes")
  private String criteriaNotes;

  @Column(name = "submitted_by", nullable = false)
  private String submittedBy;

  @Column(name = "submitted_at", nullable = false)
  private Instant submittedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Column(name = "decision_comment")
  private String decisionComment;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private int version;

  protected EvaluationScheme() {}

  public EvaluationScheme(District district, String submittedBy, Instant submittedAt, String processInstanceId) {
    this.district = district;
    this.status = SchemeStatus.SUBMITTED;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
    this.processInstanceId = processInstanceId;
  }

  /** Sets (or revises) the content; the scheme goes (back) to the city. */
  public void define(int weightOrientation, int weightInitiative, int weightSatisfaction, int weightResults,
      BigDecimal excellentMin, BigDecimal qualifiedMin, BigDecimal basicMin, String serviceUnitsConsulted,
      String criteriaNotes, String userId, Instant at) {
    this.weightOrientation = weightOrientation;
    this.weightInitiative = weightInitiative;
    this.weightSatisfaction = weightSatisfaction;
    this.weightResults = weightResults;
    this.excellentMin = excellentMin;
    this.qualifiedMin = qualifiedMin;
    this.basicMin = basicMin;
    this.serviceUnitsConsulted = serviceUnitsConsulted;
    this.criteriaNotes = criteriaNotes;
    this.submittedBy = userId;
    this.submittedAt = at;
    this.status = SchemeStatus.SUBMITTED;
  }

  public void approve(String userId, String comment, Instant at) {
    this.status = SchemeStatus.APPROVED;
    this.inForceDistrict = district.getCode();
    this.decidedBy = userId;
    this.decisionComment = comment;
    this.decidedAt = at;
  }

  public void returnWith(String userId, String comment, Instant at) {
    this.status = SchemeStatus.RETURNED;
    this.decidedBy = userId;
    this.decisionComment = comment;
    this.decidedAt = at;
  }

  public void supersede() {
    this.status = SchemeStatus.SUPERSEDED;
    this.inForceDistrict = null;
  }

  /** The weighted score of four criterion scores (each 0–100), rounded to two decimals. */
  public BigDecimal weightedScore(BigDecimal orientation, BigDecimal initiative, BigDecimal satisfaction,
      BigDecimal results) {
    return orientation.multiply(BigDecimal.valueOf(weightOrientation))
        .add(initiative.multiply(BigDecimal.valueOf(weightInitiative)))
        .add(satisfaction.multiply(BigDecimal.valueOf(weightSatisfaction)))
        .add(results.multiply(BigDecimal.valueOf(weightResults)))
        .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
  }

  public Long getId() { return id; }
  public District getDistrict() { return district; }
  public SchemeStatus getStatus() { return status; }
  public int getWeightOrientation() { return weightOrientation; }
  public int getWeightInitiative() { return weightInitiative; }
  public int getWeightSatisfaction() { return weightSatisfaction; }
  public int getWeightResults() { return weightResults; }
  public BigDecimal getExcellentMin() { return excellentMin; }
  public BigDecimal getQualifiedMin() { return qualifiedMin; }
  public BigDecimal getBasicMin() { return basicMin; }
  public String getServiceUnitsConsulted() { return serviceUnitsConsulted; }
  public String getCriteriaNotes() { return criteriaNotes; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecisionComment() { return decisionComment; }
  public String getProcessInstanceId() { return processInstanceId; }
}
