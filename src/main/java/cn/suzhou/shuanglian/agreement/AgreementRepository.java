package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.round.SelectionRound;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AgreementRepository extends JpaRepository<Agreement, Long>, JpaSpecificationExecutor<Agreement> {

  /** A page of the agreements meeting the condition, counted by the same condition. */
  @Override
  @EntityGraph(attributePaths = {"commissioner", "district", "round"})
  Page<Agreement> findAll(Specification<Agreement> condition, Pageable pageable);

  @EntityGraph(attributePaths = {"commissioner", "district", "round", "match"})
  Optional<Agreement> findWithDetailsById(Long id);

  @EntityGraph(attributePaths = {"commissioner", "district", "round"})
  List<Agreement> findByRoundIdOrderById(Long roundId);

  Optional<Agreement> findByMatchId(Long matchId);

  boolean existsByAgreementNo(String agreementNo);

  /** The agreements opened by an agreementSigning case, the current one (a replacement's) last. */
  @EntityGraph(attributePaths = {"commissioner", "district", "round", "match"})
  List<Agreement> findByProcessInstanceIdOrderById(String processInstanceId);

  /** The renewal (续派) of an agreement, if signed (at most one: a unique key). */
  Optional<Agreement> findByPreviousId(Long previousAgreementId);

  /** The selection round of a selectionRound case (the round's signing steps run in its case). */
  @Query("select r from SelectionRound r where r.processInstanceId = :processInstanceId")
  Optional<SelectionRound> findRoundByProcessInstanceId(@Param("processInstanceId") String processInstanceId);
}
