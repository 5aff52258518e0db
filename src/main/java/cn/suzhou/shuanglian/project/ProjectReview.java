package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.expert.ExpertMembership;
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

/** An expert of the pool drawn to review a joint project (P-20), and the review once submitted. */
@Entity
@Table(name = "project_review")
public class ProjectReview {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private ProjectApplication application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "membership_id")
  private ExpertMembership membership;

  @Column(name = "reviewer_user_id", nullable = false)
  private String reviewerUserId;

  @Column(name = "drawn_at", nullable = false)
  private Instant drawnAt;

  @Column
  private Integer score;

  @Column
  private String opinion;

  @Column(name = "recommend_province")
  private Boolean recommendProvince;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  protected ProjectReview() {}

  public ProjectReview(ProjectApplication application, ExpertMembership membership, Instant drawnAt) {
    this.application = application;
    this.membership = membership;
    this.reviewerUserId = membership.getCommissioner().getUserId();
    this.drawnAt = drawnAt;
  }

  public void submit(int score, String opinion, boolean recommendProvince, Instant at) {
    if (submittedAt != null) {
      throw new IllegalStateException("review " + id + " was already submitted");
    }
    this.score = score;
    this.opinion = opinion;
    this.recommendProvince = recommendProvince;
    this.submittedAt = at;
  }

  public Long getId() { return id; }
  public ProjectApplication getApplication() { return application; }
  public ExpertMembership getMembership() { return membership; }
  public String getReviewerUserId() { return reviewerUserId; }
  public Instant getDrawnAt() { return drawnAt; }
  public Integer getScore() { return score; }
  public String getOpinion() { return opinion; }
  public Boolean getRecommendProvince() { return recommendProvince; }
  public Instant getSubmittedAt() { return submittedAt; }
  public boolean isSubmitted() { return submittedAt != null; }
}
