package cn.suzhou.shuanglian.nomination;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationRepository extends JpaRepository<Nomination, Long> {

  @EntityGraph(attributePaths = {"round"})
  Optional<Nomination> findByRoundId(Long roundId);

  @EntityGraph(attributePaths = {"round"})
  Optional<Nomination> findWithRoundById(Long id);
}
