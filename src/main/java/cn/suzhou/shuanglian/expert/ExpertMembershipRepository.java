package cn.suzhou.shuanglian.expert;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertMembershipRepository extends JpaRepository<ExpertMembership, Long> {

  Optional<ExpertMembership> findByCommissionerId(Long commissionerId);

  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit"})
  List<ExpertMembership> findAllByOrderByApprovedAtDesc();
}
