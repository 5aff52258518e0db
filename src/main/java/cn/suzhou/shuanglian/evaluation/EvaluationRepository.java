package cn.suzhou.shuanglian.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long> {

  @EntityGraph(attributePaths = {"dispatch", "scheme"})
  Optional<Evaluation> findByDispatchIdAndServiceYear(Long dispatchId, int serviceYear);

  @EntityGraph(attributePaths = {"scheme"})
  List<Evaluation> findByDispatchIdOrderByServiceYear(Long dispatchId);

  @EntityGraph(attributePaths = {"dispatch", "scheme"})
  List<Evaluation> findByDispatchIdInOrderByDispatchIdAscServiceYearAsc(Collection<Long> dispatchIds);
}
