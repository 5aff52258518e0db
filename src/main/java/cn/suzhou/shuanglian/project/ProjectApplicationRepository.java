package cn.suzhou.shuanglian.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ProjectApplicationRepository extends JpaRepository<ProjectApplication, Long>,
    JpaSpecificationExecutor<ProjectApplication> {

  /** A page of the applications meeting the condition (the list's access rule and filters), counted by the same. */
  @Override
  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit", "enterprise", "enterprise.district",
      "dispatch", "dispatch.district", "industryGroup"})
  Page<ProjectApplication> findAll(Specification<ProjectApplication> condition, Pageable pageable);

  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit", "enterprise", "enterprise.district",
      "dispatch", "dispatch.district", "industryGroup"})
  Optional<ProjectApplication> findWithDetailsById(Long id);

  /** The application of a case: the row linked to its process instance. */
  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit", "enterprise", "enterprise.district",
      "dispatch", "dispatch.district", "industryGroup"})
  Optional<ProjectApplication> findByProcessInstanceId(String processInstanceId);

  /** P-19: the application holding the commissioner's place in the year, if any. */
  @EntityGraph(attributePaths = {"commissioner", "enterprise"})
  Optional<ProjectApplication> findByCommissionerSlotAndApplicationYear(Long commissionerId, int year);

  /** P-19: the application holding the enterprise's place in the year, if any. */
  @EntityGraph(attributePaths = {"commissioner", "enterprise"})
  Optional<ProjectApplication> findByEnterpriseSlotAndApplicationYear(Long enterpriseId, int year);

  /** The highest number of the year's applications, 0 before the first (numbers, P-19). */
  @Query("select coalesce(max(p.serialNo), 0) from ProjectApplication p where p.applicationYear = :year")
  int highestSerialOf(int year);
}
