package cn.suzhou.shuanglian.expert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertMembershipRepository extends JpaRepository<ExpertMembership, Long> {

  Optional<ExpertMembership> findByCommissionerId(Long commissionerId);

  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit"})
  List<ExpertMembership> findAllByOrderByApprovedAtDesc();

  /** The members, a page of them, the latest approved first (the id breaks ties: a stable order). */
  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit"})
  Page<ExpertMembership> findAllByOrderByApprovedAtDescIdDesc(Pageable pageable);
}
