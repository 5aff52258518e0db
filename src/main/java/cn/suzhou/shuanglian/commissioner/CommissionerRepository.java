package cn.suzhou.shuanglian.commissioner;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommissionerRepository extends JpaRepository<Commissioner, Long> {

  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  List<Commissioner> findAllByOrderById();

  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  Optional<Commissioner> findWithDetailsById(Long id);

  @EntityGraph(attributePaths = {"sourceUnit", "industryGroup"})
  Optional<Commissioner> findByUserId(String userId);

  boolean existsByResidentId(String residentId);
}
