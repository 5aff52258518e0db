package cn.suzhou.shuanglian.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationSchemeRepository extends JpaRepository<EvaluationScheme, Long> {

  /** The district's scheme in force (at most one, by a unique key). */
  @EntityGraph(attributePaths = {"district"})
  Optional<EvaluationScheme> findByInForceDistrict(String districtCode);

  @EntityGraph(attributePaths = {"district"})
  List<EvaluationScheme> findAllByOrderById();

  @EntityGraph(attributePaths = {"district"})
  List<EvaluationScheme> findByDistrictCodeInOrderById(Collection<String> districtCodes);
}
