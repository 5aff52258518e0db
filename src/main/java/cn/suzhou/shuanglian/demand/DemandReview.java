package cn.suzhou.shuanglian.demand;

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

/** One review (审定) of a district's list by the City S&T Bureau; every return's comments are kept (P-12(1)). */
@Entity
@Table(name = "demand_review")
public class DemandReview {

  public enum Decision { APPROVE, RETURN }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "collection_id")
  private DemandCollection collection;

  @Column(name = "review_no", nullable = false)
  private int reviewNo;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Decision decision;

  @Column(name = "review_comment")
  private String comment;

  @Column(name = "reviewed_by", nullable = false)
  private String reviewedBy;

  @Column(name = "reviewed_at", nullable = false)
  private Instant reviewedAt;

  protected DemandReview() {}

  public DemandReview(DemandCollection collection, int reviewNo, Decision decision, String comment, String reviewedBy,
      Instant reviewedAt) {
    this.collection = collection;
    this.reviewNo = reviewNo;
    this.decision = decision;
    this.comment = comment;
    this.reviewedBy = reviewedBy;
    this.reviewedAt = reviewedAt;
  }

  public Long getId() { return id; }
  public DemandCollection getCollection() { return collection; }
  public int getReviewNo() { return reviewNo; }
  public Decision getDecision() { return decision; }
  public String getComment() { return comment; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
}
