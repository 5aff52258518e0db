package cn.suzhou.shuanglian.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProjectReviewRepository extends JpaRepository<ProjectReview, Long> {

  @EntityGraph(attributePaths = {"membership", "membership.commissioner", "membership.commissioner.sourceUnit"})
  List<ProjectReview> findByApplicationIdOrderById(Long applicationId);

  Optional<ProjectReview> findByApplicationIdAndReviewerUserId(Long applicationId, String reviewerUserId);

  @EntityGraph(attributePaths = {"application", "membership", "membership.commissioner",
      "membership.commissioner.sourceUnit"})
  List<ProjectReview> findByApplicationIdIn(java.util.Collection<Long> applicationIds);

  /** The applications an expert was drawn to review. */
  @org.springframework.data.jpa.repository.Query(
      "select r.application.id from ProjectReview r where r.reviewerUserId = :reviewerUserId")
  java.util.Set<Long> findApplicationIdsByReviewerUserId(String reviewerUserId);
}
