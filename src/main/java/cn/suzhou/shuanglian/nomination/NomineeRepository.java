package cn.suzhou.shuanglian.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NomineeRepository extends JpaRepository<Nominee, Long> {

  @EntityGraph(attributePaths = {"commissioner", "commissioner.sourceUnit", "commissioner.industryGroup"})
  List<Nominee> findByNominationIdOrderById(Long nominationId);
}
