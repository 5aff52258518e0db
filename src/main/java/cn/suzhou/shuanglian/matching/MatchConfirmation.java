package cn.suzhou.shuanglian.matching;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A district's answer to the proposed matching (P-11): confirmed, or changes asked with a reason. */
@Entity
@Table(name = "match_confirmation")
public class MatchConfirmation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "round_id", nullable = false)
  private Long roundId;

  @Column(name = "district_code", nullable = false)
  private String districtCode;

  @Column(nullable = false)
  private String decision;

  @Column(name = "confirmation_comment")
  private String comment;

  @Column(name = "confirmed_by", nullable = false)
  private String confirmedBy;

  @Column(name = "confirmed_at", nullable = false)
  private Instant confirmedAt;

  protected MatchConfirmation() {}

  public MatchConfirmation(Long roundId, String districtCode, String decision, String comment, String confirmedBy,
      Instant confirmedAt) {
    this.roundId = roundId;
    this.districtCode = districtCode;
    this.decision = decision;
    this.comment = comment;
    this.confirmedBy = confirmedBy;
    this.confirmedAt = confirmedAt;
  }

  public String getDistrictCode() { return districtCode; }
  public String getDecision() { return decision; }
  public String getComment() { return comment; }
  public String getConfirmedBy() { return confirmedBy; }
  public Instant getConfirmedAt() { return confirmedAt; }
}
