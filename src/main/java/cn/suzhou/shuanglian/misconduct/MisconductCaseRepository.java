package cn.suzhou.shuanglian.misconduct;

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

public interface MisconductCaseRepository extends JpaRepository<MisconductCase, Long>,
    JpaSpecificationExecutor<MisconductCase> {

  /** A page of the cases meeting the condition (the list's access rule and filters), counted by the same condition. */
  @Override
  @EntityGraph(attributePaths = {"dispatch", "dispatch.commissioner", "dispatch.district", "dispatch.sourceUnit",
      "dispatch.agreement"})
  Page<MisconductCase> findAll(Specification<MisconductCase> condition, Pageable pageable);

  @EntityGraph(attributePaths = {"dispatch", "dispatch.commissioner", "dispatch.district", "dispatch.sourceUnit",
      "dispatch.agreement"})
  Optional<MisconductCase> findWithDispatchById(Long id);

  /** The case of a misconductCase process instance. */
  @EntityGraph(attributePaths = {"dispatch", "dispatch.commissioner", "dispatch.district", "dispatch.sourceUnit",
      "dispatch.agreement"})
  Optional<MisconductCase> findWithDispatchByProcessInstanceId(String processInstanceId);

  /** The confirmed case that ended the dispatch (终止派驻), if any. */
  Optional<MisconductCase> findFirstByDispatchIdAndDispatchOutcomeOrderByIdDesc(Long dispatchId,
      DispatchOutcome dispatchOutcome);

  /** The dispatch under the agreement with that number (派驻协议编号), as a district official knows it. */
  @Query("select d.id from Dispatch d where d.agreement.agreementNo = :agreementNo")
  Optional<Long> findDispatchIdByAgreementNo(@Param("agreementNo") String agreementNo);
}
