package cn.suzhou.shuanglian.misconduct;

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
import java.time.Instant;
import java.time.LocalDate;

/**
 * A misconduct case (违纪处理, P-17) against the commissioner of a running dispatch: reported by the
 * district, an enterprise the dispatch serves or the city; investigated by the district (查实 / 不实);
 * decided by the city — confirmed with a measure (终止派驻 or 批评教育) and perhaps the P-18 bar
 * (列入禁派), or dismissed.
 */
@Entity
@Table(name = "misconduct_case")
public class MisconductCase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "dispatch_id")
  private Dispatch dispatch;

  @Column(name = "commissioner_id", nullable = false)
  private Long commissionerId;

  @Column(name = "district_code", nullable = false)
  private String districtCode;

  @Column(name = "source_unit_code", nullable = false)
  private String sourceUnitCode;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MisconductCategory category;

  @Column(nullable = false)
  private String facts;

  @Column(name = "occurred_on", nullable = false)
  private LocalDate occurredOn;

  @Column(nullable = false)
  private String evidence;

  @Column(name = "reporter_user_id", nullable = false)
  private String reporterUserId;

  @Enumerated(EnumType.STRING)
  @Column(name = "reporter_role", nullable = false)
  private ReporterRole reporterRole;

  @Column(name = "reporter_enterprise_id")
  private Long reporterEnterpriseId;

  @Column(name = "reported_at", nullable = false)
  private Instant reportedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private MisconductStatus status;

  private Boolean substantiated;

  private String findings;

  @Enumerated(EnumType.STRING)
  @Column(name = "recommended_measure")
  private MisconductMeasure recommendedMeasure;

  @Column(name = "recommend_bar")
  private Boolean recommendBar;

  @Column(name = "investigated_by")
  private String investigatedBy;

  @Column(name = "investigated_at")
  private Instant investigatedAt;

  @Enumerated(EnumType.STRING)
  private MisconductMeasure measure;

  @Column(nullable = false)
  private boolean barred;

  @Column(name = "decision_reason")
  private String decisionReason;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private Instant decidedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "dispatch_outcome")
  private DispatchOutcome dispatchOutcome;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private int version;

  protected MisconductCase() {}

  public MisconductCase(Dispatch dispatch, MisconductCategory category, String facts, LocalDate occurredOn,
      String evidence, String reporterUserId, ReporterRole reporterRole, Long reporterEnterpriseId,
      Instant reportedAt, String processInstanceId) {
    this.dispatch = dispatch;
    this.commissionerId = dispatch.getCommissioner().getId();
    this.districtCode = dispatch.getDistrict().getCode();
    this.sourceUnitCode = dispatch.getSourceUnit().getCode();
    this.category = category;
    this.facts = facts;
    this.occurredOn = occurredOn;
    this.evidence = evidence;
    this.reporterUserId = reporterUserId;
    this.reporterRole = reporterRole;
    this.reporterEnterpriseId = reporterEnterpriseId;
    this.reportedAt = reportedAt;
    this.status = MisconductStatus.REPORTED;
    this.processInstanceId = processInstanceId;
  }

  /** The district's findings: substantiated (查实) or not (不实), with its recommendation. */
  public void investigated(boolean substantiated, String findings, MisconductMeasure recommended, boolean recommendBar,
      String userId, Instant at) {
    this.substantiated = substantiated;
    this.findings = findings;
    this.recommendedMeasure = recommended;
    this.recommendBar = recommendBar;
    this.investigatedBy = userId;
    this.investigatedAt = at;
    this.status = MisconductStatus.INVESTIGATED;
  }

  /** The city confirms the violation with a measure and, perhaps, the bar. */
  public void confirmed(MisconductMeasure measure, boolean barred, String reason, String userId, Instant at,
      DispatchOutcome outcome) {
    this.status = MisconductStatus.CONFIRMED;
    this.measure = measure;
    this.barred = barred;
    this.decisionReason = reason;
    this.decidedBy = userId;
    this.decidedAt = at;
    this.dispatchOutcome = outcome;
  }

  /** The city dismisses the report: no measure, no bar, the dispatch goes on. */
  public void dismissed(String reason, String userId, Instant at) {
    this.status = MisconductStatus.DISMISSED;
    this.measure = null;
    this.barred = false;
    this.decisionReason = reason;
    this.decidedBy = userId;
    this.decidedAt = at;
    this.dispatchOutcome = DispatchOutcome.CONTINUES;
  }

  public boolean isDecided() {
    return status == MisconductStatus.CONFIRMED || status == MisconductStatus.DISMISSED;
  }

  public Long getId() { return id; }
  public Dispatch getDispatch() { return dispatch; }
  public Long getCommissionerId() { return commissionerId; }
  public String getDistrictCode() { return districtCode; }
  public String getSourceUnitCode() { return sourceUnitCode; }
  public MisconductCategory getCategory() { return category; }
  public String getFacts() { return facts; }
  public LocalDate getOccurredOn() { return occurredOn; }
  public String getEvidence() { return evidence; }
  public String getReporterUserId() { return reporterUserId; }
  public ReporterRole getReporterRole() { return reporterRole; }
  public Long getReporterEnterpriseId() { return reporterEnterpriseId; }
  public Instant getReportedAt() { return reportedAt; }
  public MisconductStatus getStatus() { return status; }
  public Boolean getSubstantiated() { return substantiated; }
  public String getFindings() { return findings; }
  public MisconductMeasure getRecommendedMeasure() { return recommendedMeasure; }
  public Boolean getRecommendBar() { return recommendBar; }
  public String getInvestigatedBy() { return investigatedBy; }
  public Instant getInvestigatedAt() { return investigatedAt; }
  public MisconductMeasure getMeasure() { return measure; }
  public boolean isBarred() { return barred; }
  public String getDecisionReason() { return decisionReason; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public DispatchOutcome getDispatchOutcome() { return dispatchOutcome; }
  public String getProcessInstanceId() { return processInstanceId; }
}
