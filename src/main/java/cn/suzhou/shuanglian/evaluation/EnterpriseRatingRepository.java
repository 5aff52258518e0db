package cn.suzhou.shuanglian.evaluation;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EnterpriseRatingRepository extends JpaRepository<EnterpriseRating, Long> {

  @EntityGraph(attributePaths = {"enterprise"})
  List<EnterpriseRating> findByEvaluationIdOrderById(Long evaluationId);

  boolean existsByEvaluationIdAndEnterpriseId(Long evaluationId, Long enterpriseId);
}
