package cn.suzhou.shuanglian.evaluation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EvaluationRepository extends JpaRepository<Evaluation, Long>, JpaSpecificationExecutor<Evaluation> {

  /** A page of the city-wide list, with the dispatch its rows show (no query per row). */
  @Override
  @EntityGraph(attributePaths = {"dispatch", "dispatch.agreement", "dispatch.commissioner", "dispatch.district",
      "dispatch.sourceUnit"})
  Page<Evaluation> findAll(Specification<Evaluation> condition, Pageable pageable);


  @EntityGraph(attributePaths = {"dispatch", "scheme"})
  Optional<Evaluation> findByDispatchIdAndServiceYear(Long dispatchId, int serviceYear);

  /** The evaluation of a yearlyEvaluation case, with what its tasks need to know of the dispatch. */
  @EntityGraph(attributePaths = {"dispatch", "dispatch.commissioner", "dispatch.district", "dispatch.sourceUnit",
      "scheme"})
  Optional<Evaluation> findByProcessInstanceId(String processInstanceId);

  /** P-18: the user id of the commissioner evaluated in the case (null when they have no login). */
  @Query("select c.userId from Evaluation e join e.dispatch d join d.commissioner c where e.processInstanceId = :processInstanceId")
  Optional<String> findCommissionerUserIdByProcessInstanceId(String processInstanceId);

  /** An evaluation with the dispatch's parties, for its printed result notice (P-18). */
  @EntityGraph(attributePaths = {"dispatch", "dispatch.commissioner", "dispatch.district", "dispatch.sourceUnit",
      "dispatch.agreement"})
  Optional<Evaluation> findWithDispatchById(Long id);

  @EntityGraph(attributePaths = {"scheme"})
  List<Evaluation> findByDispatchIdOrderByServiceYear(Long dispatchId);

  @EntityGraph(attributePaths = {"dispatch", "scheme"})
  List<Evaluation> findByDispatchIdInOrderByDispatchIdAscServiceYearAsc(Collection<Long> dispatchIds);
}
