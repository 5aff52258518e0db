package cn.suzhou.shuanglian.dispatch;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A concurrent post of the commissioner as technical adviser or director of a park or enterprise (P-16). */
@Entity
@Table(name = "concurrent_post")
public class ConcurrentPost {

  /** 技术顾问, 技术总监, other posts of the kind. */
  public enum PostType { ADVISER, DIRECTOR, OTHER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "dispatch_id", nullable = false)
  private Long dispatchId;

  @Column(nullable = false)
  private String organisation;

  @Enumerated(EnumType.STRING)
  @Column(name = "post_type", nullable = false)
  private PostType postType;

  @Column(name = "post_title", nullable = false)
  private String postTitle;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected ConcurrentPost() {}

  public ConcurrentPost(Long dispatchId, String organisation, PostType postType, String postTitle, LocalDate startDate,
      LocalDate endDate, String recordedBy, Instant recordedAt) {
    this.dispatchId = dispatchId;
    this.organisation = organisation;
    this.postType = postType;
    this.postTitle = postTitle;
    this.startDate = startDate;
    this.endDate = endDate;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Long getId() { return id; }
  public Long getDispatchId() { return dispatchId; }
  public String getOrganisation() { return organisation; }
  public PostType getPostType() { return postType; }
  public String getPostTitle() { return postTitle; }
  public LocalDate getStartDate() { return startDate; }
  public LocalDate getEndDate() { return endDate; }
  public String getRecordedBy() { return recordedBy; }
  public Instant getRecordedAt() { return recordedAt; }
}
