package cn.suzhou.shuanglian.dispatch;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DispatchRepository extends JpaRepository<Dispatch, Long>, JpaSpecificationExecutor<Dispatch> {

  /**
   * A page of the dispatches meeting the condition (the access rule of the list, {@link DispatchAccess#readableBy}),
   * counted by the same condition; the served enterprises load in batches per page.
   */
  @Override
  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement"})
  Page<Dispatch> findAll(Specification<Dispatch> condition, Pageable pageable);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findWithDetailsById(Long id);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  List<Dispatch> findAllByOrderById();

  /** The dispatch of a commissionerDispatch case. */
  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findWithDetailsByProcessInstanceId(String processInstanceId);

  /** The dispatch a case is started for, by the case's business key (unique), before the case is bound to it. */
  Optional<Dispatch> findByBusinessKey(String businessKey);

  /** The dispatches of a round's agreements (reports, P-13). */
  @EntityGraph(attributePaths = {"commissioner", "district"})
  List<Dispatch> findByAgreementRoundIdOrderById(Long roundId);

  /** The commissioners with a running dispatch. */
  @org.springframework.data.jpa.repository.Query(
      "select d.activeCommissionerId from Dispatch d where d.activeCommissionerId is not null")
  java.util.Set<Long> findActiveCommissionerIds();

  /** The commissioner's running dispatch, if any (at most one, by a unique key). */
  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findByActiveCommissionerId(Long commissionerId);

  @EntityGraph(attributePaths = {"commissioner", "district", "sourceUnit", "agreement", "enterpriseIds"})
  Optional<Dispatch> findByAgreementId(Long agreementId);

  /** P-20: commissioners whose running dispatch serves the enterprise (they may not review its projects). */
  @org.springframework.data.jpa.repository.Query("select d.commissioner.id from Dispatch d join d.enterpriseIds e "
      + "where d.activeCommissionerId is not null and e = :enterpriseId")
  java.util.Set<Long> findActiveCommissionerIdsServing(Long enterpriseId);
}
