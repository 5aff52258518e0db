package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import org.hibernate.annotations.BatchSize;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The two-year dispatch of a signed agreement (派驻服务, P-14, P-15): managed jointly by the district,
 * the source unit and the service units; ends early on an unqualified grade (P-18) or misconduct
 * (P-17). A commissioner has at most one running dispatch (unique {@code active_commissioner_id}).
 */
@Entity
@Table(name = "dispatch")
public class Dispatch {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @OneToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "agreement_id")
  private Agreement agreement;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  @Column(name = "active_commissioner_id")
  private Long activeCommissionerId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "source_unit_code")
  private SourceUnit sourceUnit;

  @Column(name = "term_start", nullable = false)
  private LocalDate termStart;

  /** The day after the last day of the term. */
  @Column(name = "term_end", nullable = false)
  private LocalDate termEnd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DispatchStatus status;

  @Column(name = "end_reason")
  private String endReason;

  @Column(name = "ended_at")
  private Instant endedAt;

  @Column(name = "business_key", nullable = false)
  private String businessKey;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @ElementCollection(fetch = FetchType.LAZY)
  @BatchSize(size = 50)  // a page of dispatches loads its served enterprises in a few queries
  @CollectionTable(name = "dispatch_enterprise", joinColumns = @JoinColumn(name = "dispatch_id"))
  @Column(name = "enterprise_id")
  private Set<Long> enterpriseIds = new LinkedHashSet<>();

  @Version
  private int version;

  protected Dispatch() {}

  public Dispatch(Agreement agreement, Set<Long> enterpriseIds) {
    this.agreement = agreement;
    this.commissioner = agreement.getCommissioner();
    this.activeCommissionerId = commissioner.getId();
    this.district = agreement.getDistrict();
    this.sourceUnit = commissioner.getSourceUnit();
    this.termStart = agreement.getTermStart();
    this.termEnd = agreement.getTermEnd();
    this.status = DispatchStatus.ACTIVE;
    this.businessKey = businessKey(agreement);
    this.enterpriseIds.addAll(enterpriseIds);
  }

  /** What Cockpit shows for the case: agreement number, commissioner and district. */
  public static String businessKey(Agreement agreement) {
    return agreement.getAgreementNo() + " " + agreement.getCommissioner().getName() + "@"
        + agreement.getDistrict().getName();
  }

  public void started(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** Ends the dispatch; a terminated, completed or renewed dispatch stays so. */
  public void end(DispatchStatus outcome, String reason, Instant at) {
    if (status != DispatchStatus.ACTIVE) {
      return;
    }
    this.status = outcome;
    this.endReason = reason;
    this.endedAt = at;
    this.activeCommissionerId = null;
  }

  public boolean isActive() { return status == DispatchStatus.ACTIVE; }

  /** Does the dispatch serve this enterprise? */
  public boolean serves(Long enterpriseId) {
    return enterpriseIds.contains(enterpriseId);
  }

  public void serveAlso(Long enterpriseId) {
    enterpriseIds.add(enterpriseId);
  }

  public Long getId() { return id; }
  public Agreement getAgreement() { return agreement; }
  public Commissioner getCommissioner() { return commissioner; }
  public District getDistrict() { return district; }
  public SourceUnit getSourceUnit() { return sourceUnit; }
  public LocalDate getTermStart() { return termStart; }
  public LocalDate getTermEnd() { return termEnd; }
  public DispatchStatus getStatus() { return status; }
  public String getEndReason() { return endReason; }
  public Instant getEndedAt() { return endedAt; }
  public String getBusinessKey() { return businessKey; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Set<Long> getEnterpriseIds() { return Set.copyOf(enterpriseIds); }
}
