package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.enterprise.Enterprise;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A served enterprise's satisfaction with the commissioner in a yearly evaluation (企业满意度, P-18). */
@Entity
@Table(name = "enterprise_rating")
public class EnterpriseRating {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "evaluation_id", nullable = false)
  private Long evaluationId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "enterprise_id")
  private Enterprise enterprise;

  @Column(nullable = false)
  private int score;

  @Column(name = "rating_comment")
  private String comment;

  @Column(name = "rated_by", nullable = false)
  private String ratedBy;

  @Column(name = "rated_at", nullable = false)
  private Instant ratedAt;

  protected EnterpriseRating() {}

  public EnterpriseRating(Long evaluationId, Enterprise enterprise, int score, String comment, String ratedBy,
      Instant ratedAt) {
    this.evaluationId = evaluationId;
    this.enterprise = enterprise;
    this.score = score;
    this.comment = comment;
    this.ratedBy = ratedBy;
    this.ratedAt = ratedAt;
  }

  public Long getId() { return id; }
  public Long getEvaluationId() { return evaluationId; }
  public Enterprise getEnterprise() { return enterprise; }
  public int getScore() { return score; }
  public String getComment() { return comment; }
  public String getRatedBy() { return ratedBy; }
  public Instant getRatedAt() { return ratedAt; }
}
