package cn.suzhou.shuanglian.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One party's answer on renewal at the end of the term (续派, P-15): district, commissioner, source unit. */
@Entity
@Table(name = "renewal_opinion")
public class RenewalOpinion {

  /** The three parties who must all agree to a renewal. */
  public enum Party { DISTRICT, COMMISSIONER, SOURCE_UNIT }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispatch_id", nullable = false)
  private Long dispatchId;

  @Column(nullable = false)
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  private Party party;

  @Column(nullable = false)
  private String decision;

  @Column(name = "opinion_comment")
  private String comment;

  @Column(name = "answered_by", nullable = false)
  private String answeredBy;

  @Column(name = "answered_at", nullable = false)
  private Instant answeredAt;

  protected RenewalOpinion() {}

  public RenewalOpinion(Long dispatchId, Party party, String decision, String comment, String answeredBy,
      Instant answeredAt) {
    this.dispatchId = dispatchId;
    this.party = party;
    this.decision = decision;
    this.comment = comment;
    this.answeredBy = answeredBy;
    this.answeredAt = answeredAt;
  }

  public boolean agrees() { return "AGREE".equals(decision); }
  public Long getId() { return id; }
  public Long getDispatchId() { return dispatchId; }
  public Party getParty() { return party; }
  public String getDecision() { return decision; }
  public String getComment() { return comment; }
  public String getAnsweredBy() { return answeredBy; }
  public Instant getAnsweredAt() { return answeredAt; }
}
