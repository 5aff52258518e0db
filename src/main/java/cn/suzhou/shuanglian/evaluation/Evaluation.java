package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.dispatch.Dispatch;
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
 * The yearly evaluation of a dispatch (年度考核, P-05, P-18): the service year's confirmed records, the
 * commissioner's summary, the enterprises' satisfaction, the district's scores on the four criteria of
 * its approved scheme, the grade, the city's approval and the source unit's acknowledgement.
 */
@Entity
@Table(name = "evaluation")
public class Evaluation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dispatch_id")
  private Dispatch dispatch;

  @Column(name = "service_year", nullable = false)
  private int serviceYear;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "scheme_id")
  private EvaluationScheme scheme;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private EvaluationStatus status;

  @Column(name = "confirmed_days", nullable = false)
  private int confirmedDays;

  @Column(name = "confirmed_services", nullable = false)
  private int confirmedServices;

  @Column(name = "services_by_type")
  private String servicesByType;

  @Column(name = "demands_handled", nullable = false)
  private int demandsHandled;

  @Column(name = "commissioner_summary")
  private String commissionerSummary;

  @Column(name = "satisfaction_average")
  private BigDecimal satisfactionAverage;

  @Column(name = "score_orientation")
  private BigDecimal scoreOrientation;

  @Column(name = "score_initiative")
  private BigDecimal scoreInitiative;

  @Column(name = "score_satisfaction")
  private BigDecimal scoreSatisfaction;

  @Column(name = "score_results")
  private BigDecimal scoreResults;

  @Column(name = "weighted_score")
  private BigDecimal weightedScore;

  @Column(name = "service_time_met")
  private Boolean serviceTimeMet;

  @Column(name = "exception_justified", nullable = false)
  private boolean exceptionJustified;

  @Column(name = "exception_reason")
  private String exceptionReason;

  @Enumerated(EnumType.STRING)
  private Grade grade;

  @Column(name = "district_comment")
  private String districtComment;

  @Column(name = "scored_by")
  private String scoredBy;

  @Column(name = "scored_at")
  private Instant scoredAt;

  @Column(name = "city_comment")
  private String cityComment;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private Instant approvedAt;

  @Column(name = "acknowledged_by")
  private String acknowledgedBy;

  @Column(name = "acknowledged_at")
  private Instant acknowledgedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private int version;

  protected Evaluation() {}

  public Evaluation(Dispatch dispatch, int serviceYear, String processInstanceId) {
    this.dispatch = dispatch;
    this.serviceYear = serviceYear;
    this.status = EvaluationStatus.OPEN;
    this.processInstanceId = processInstanceId;
  }

  /** The case that evaluates this year now: a later case of the same year (the earlier one cancelled) takes it over. */
  public void openedBy(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The service year's confirmed records, counted when the evaluation opens (and again if it waits). */
  public void tally(EvaluationScheme scheme, int confirmedDays, int confirmedServices, String servicesByType,
      int demandsHandled) {
    this.scheme = scheme;
    this.confirmedDays = confirmedDays;
    this.confirmedServices = confirmedServices;
    this.servicesByType = servicesByType;
    this.demandsHandled = demandsHandled;
  }

  /** The scheme the district's scores are weighted by: the one in force when it scores. */
  public void scoredUnder(EvaluationScheme scheme) {
    this.scheme = scheme;
  }

  public void summarise(String summary) {
    this.commissionerSummary = summary;
    this.status = EvaluationStatus.SUMMARISED;
  }

  public void satisfaction(BigDecimal average) {
    this.satisfactionAverage = average;
  }

  public void score(BigDecimal orientation, BigDecimal initiative, BigDecimal satisfaction, BigDecimal results,
      BigDecimal weighted, boolean serviceTimeMet, boolean exceptionJustified, String exceptionReason,
      String districtComment, String userId, Instant at) {
    this.scoreOrientation = orientation;
    this.scoreInitiative = initiative;
    this.scoreSatisfaction = satisfaction;
    this.scoreResults = results;
    this.weightedScore = weighted;
    this.serviceTimeMet = serviceTimeMet;
    this.exceptionJustified = exceptionJustified;
    this.exceptionReason = exceptionReason;
    this.districtComment = districtComment;
    this.scoredBy = userId;
    this.scoredAt = at;
    this.grade = null;
  }

  public void graded(Grade grade) {
    this.grade = grade;
    this.status = EvaluationStatus.SCORED;
  }

  public void returned(String comment) {
    this.cityComment = comment;
  }

  public void approve(String userId, String comment, Instant at) {
    this.status = EvaluationStatus.APPROVED;
    this.approvedBy = userId;
    this.cityComment = comment;
    this.approvedAt = at;
  }

  public void acknowledge(String userId, Instant at) {
    this.acknowledgedBy = userId;
    this.acknowledgedAt = at;
  }

  public Long getId() { return id; }
  public Dispatch getDispatch() { return dispatch; }
  public int getServiceYear() { return serviceYear; }
  public EvaluationScheme getScheme() { return scheme; }
  public EvaluationStatus getStatus() { return status; }
  public int getConfirmedDays() { return confirmedDays; }
  public int getConfirmedServices() { return confirmedServices; }
  public String getServicesByType() { return servicesByType; }
  public int getDemandsHandled() { return demandsHandled; }
  public String getCommissionerSummary() { return commissionerSummary; }
  public BigDecimal getSatisfactionAverage() { return satisfactionAverage; }
  public BigDecimal getScoreOrientation() { return scoreOrientation; }
  public BigDecimal getScoreInitiative() { return scoreInitiative; }
  public BigDecimal getScoreSatisfaction() { return scoreSatisfaction; }
  public BigDecimal getScoreResults() { return scoreResults; }
  public BigDecimal getWeightedScore() { return weightedScore; }
  public Boolean getServiceTimeMet() { return serviceTimeMet; }
  public boolean isExceptionJustified() { return exceptionJustified; }
  public String getExceptionReason() { return exceptionReason; }
  public Grade getGrade() { return grade; }
  public String getDistrictComment() { return districtComment; }
  public String getScoredBy() { return scoredBy; }
  public String getCityComment() { return cityComment; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public String getAcknowledgedBy() { return acknowledgedBy; }
  public Instant getAcknowledgedAt() { return acknowledgedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
