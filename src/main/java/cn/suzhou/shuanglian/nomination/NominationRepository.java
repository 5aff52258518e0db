package cn.suzhou.shuanglian.nomination;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  @EntityGraph(attributePaths = {"round"})
  Optional<Nomination> findByRoundId(Long roundId);

  @EntityGraph(attributePaths = {"round"})
  Optional<Nomination> findWithRoundById(Long id);

  /** The list a nomination case (process instance) works on. */
  @EntityGraph(attributePaths = {"round"})
  Optional<Nomination> findByProcessInstanceId(String processInstanceId);
}
