package cn.suzhou.shuanglian.commissioner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommissionerRepository extends JpaRepository<Commissioner, Long> {

  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  List<Commissioner> findAllByOrderById();

  /** The information database, a page of it by id. */
  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  Page<Commissioner> findAllByOrderById(Pageable pageable);

  /** The commissioners of one level (P-13), a page of them by id. */
  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  Page<Commissioner> findByLevelOrderById(CommissionerLevel level, Pageable pageable);

  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  Optional<Commissioner> findWithDetailsById(Long id);

  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  Optional<Commissioner> findByUserId(String userId);

  boolean existsByResidentId(String residentId);
}
