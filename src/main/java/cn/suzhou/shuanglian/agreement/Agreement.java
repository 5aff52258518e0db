package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.round.SelectionRound;
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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The agreement between a matched commissioner and the district (签订协议, P-12(3)) — or the renewal
 * of an earlier one (续派, P-15) — with its number, signing date and two-year term.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id")
  private SelectionRound round;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "match_id")
  private RoundMatch match;

  @OneToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "previous_agreement_id")
  private Agreement previous;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "district_code")
  private District district;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private AgreementStatus status;

  @Column(name = "agreement_no")
  private String agreementNo;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "term_start")
  private LocalDate termStart;

  /** The day after the last day of the term. */
  @Column(name = "term_end")
  private LocalDate termEnd;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "decline_reason")
  private String declineReason;

  @Column(name = "signed_by")
  private String signedBy;

  @Column(name = "signed_at")
  private Instant signedAt;

  @Column(name = "process_instance_id")
  private String processInstanceId;

  @Version
  private int version;

  protected Agreement() {}

  /** The agreement to be signed for a final match. */
  public Agreement(RoundMatch match, String processInstanceId) {
    this.round = match.getRound();
    this.match = match;
    this.commissioner = match.getCommissioner();
    this.district = match.getDistrict();
    this.status = AgreementStatus.PENDING;
    this.processInstanceId = processInstanceId;
  }

  /** The renewal of an agreement whose term ends (续派, P-15): the three parties agreed already. */
  public Agreement(Agreement previous, String processInstanceId) {
    this.round = previous.round;
    this.previous = previous;
    this.commissioner = previous.commissioner;
    this.district = previous.district;
    this.status = AgreementStatus.ACCEPTED;
    this.processInstanceId = processInstanceId;
  }

  public void accept(String userId, Instant at) {
    this.status = AgreementStatus.ACCEPTED;
    this.acceptedBy = userId;
    this.acceptedAt = at;
  }

  public void decline(String userId, String reason, Instant at) {
    this.status = AgreementStatus.DECLINED;
    this.acceptedBy = userId;
    this.acceptedAt = at;
    this.declineReason = reason;
  }

  public void sign(String agreementNo, LocalDate signedOn, LocalDate termStart, LocalDate termEnd, String userId,
      Instant at) {
    this.status = AgreementStatus.SIGNED;
    this.agreementNo = agreementNo;
    this.signedOn = signedOn;
    this.termStart = termStart;
    this.termEnd = termEnd;
    this.signedBy = userId;
    this.signedAt = at;
  }

  public Long getId() { return id; }
  public SelectionRound getRound() { return round; }
  public RoundMatch getMatch() { return match; }
  public Agreement getPrevious() { return previous; }
  public Commissioner getCommissioner() { return commissioner; }
  public District getDistrict() { return district; }
  public AgreementStatus getStatus() { return status; }
  public String getAgreementNo() { return agreementNo; }
  public LocalDate getSignedOn() { return signedOn; }
  public LocalDate getTermStart() { return termStart; }
  public LocalDate getTermEnd() { return termEnd; }
  public String getAcceptedBy() { return acceptedBy; }
  public Instant getAcceptedAt() { return acceptedAt; }
  public String getDeclineReason() { return declineReason; }
  public String getSignedBy() { return signedBy; }
  public Instant getSignedAt() { return signedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
