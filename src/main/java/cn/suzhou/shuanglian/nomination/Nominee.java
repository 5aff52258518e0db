package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
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
import java.time.Instant;

/**
 * A commissioner on a round's list: the eligibility outcome (P-07, P-08, P-18), the provincial mark
 * (P-13) and the source unit's release (P-08). Unique per list; attested conditions are required by
 * the table.
 */
@Entity
@Table(name = "nominee")
public class Nominee {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "nomination_id")
  private Nomination nomination;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "commissioner_id")
  private Commissioner commissioner;

  @Column(name = "conditions_attested", nullable = false)
  private boolean conditionsAttested;

  @Column(nullable = false)
  private boolean provincial;

  @Column(name = "eligibility_reason", nullable = false)
  private String eligibilityReason;

  @Enumerated(EnumType.STRING)
  @Column(name = "release_status", nullable = false)
  private ReleaseStatus releaseStatus;

  @Column(name = "release_reason")
  private String releaseReason;

  @Column(name = "refusal_seen", nullable = false)
  private boolean refusalSeen;

  @Column(name = "released_by")
  private String releasedBy;

  @Column(name = "released_at")
  private Instant releasedAt;

  @Column(name = "added_by", nullable = false)
  private String addedBy;

  @Column(name = "added_at", nullable = false)
  private Instant addedAt;

  protected Nominee() {}

  public Nominee(Nomination nomination, Commissioner commissioner, String eligibilityReason, String addedBy,
      Instant addedAt) {
    this.nomination = nomination;
    this.commissioner = commissioner;
    this.conditionsAttested = true;
    this.provincial = commissioner.getLevel() == CommissionerLevel.PROVINCIAL;
    this.eligibilityReason = eligibilityReason;
    this.releaseStatus = ReleaseStatus.PENDING;
    this.addedBy = addedBy;
    this.addedAt = addedAt;
  }

  /** Put on the list again after a refusal: the source unit is asked again. */
  public void askAgain() {
    if (releaseStatus == ReleaseStatus.REFUSED) {
      releaseStatus = ReleaseStatus.PENDING;
      releaseReason = null;
      refusalSeen = false;
    }
  }

  /** The city bureau drafted the list again after reading this refusal. */
  public void refusalSeen() {
    this.refusalSeen = true;
  }

  public boolean isRefusalSeen() { return refusalSeen; }

  public void released(boolean released, String reason, String userId, Instant at) {
    this.releaseStatus = released ? ReleaseStatus.RELEASED : ReleaseStatus.REFUSED;
    this.releaseReason = reason;
    this.releasedBy = userId;
    this.releasedAt = at;
  }

  public Long getId() { return id; }
  public Nomination getNomination() { return nomination; }
  public Commissioner getCommissioner() { return commissioner; }
  public boolean isConditionsAttested() { return conditionsAttested; }
  public boolean isProvincial() { return provincial; }
  public String getEligibilityReason() { return eligibilityReason; }
  public ReleaseStatus getReleaseStatus() { return releaseStatus; }
  public String getReleaseReason() { return releaseReason; }
  public String getReleasedBy() { return releasedBy; }
  public Instant getReleasedAt() { return releasedAt; }
  public String getAddedBy() { return addedBy; }
  public Instant getAddedAt() { return addedAt; }
}
