package cn.suzhou.shuanglian.evaluation;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RatingRequestRepository extends JpaRepository<RatingRequest, Long> {

  /** The satisfaction task running in this execution (one per task, by a unique key). */
  @EntityGraph(attributePaths = {"enterprise"})
  Optional<RatingRequest> findByExecutionId(String executionId);
}
