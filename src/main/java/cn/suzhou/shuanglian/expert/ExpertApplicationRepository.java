package cn.suzhou.shuanglian.expert;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertApplicationRepository extends JpaRepository<ExpertApplication, Long> {

  /** The application an expertPoolApplication case is about (the case's own link, never a variable). */
  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit"})
  Optional<ExpertApplication> findByProcessInstanceId(String processInstanceId);

  /** The commissioner's application under review, if any (at most one, by a unique key). */
  Optional<ExpertApplication> findByPendingCommissionerId(Long commissionerId);
}
