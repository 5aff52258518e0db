package cn.suzhou.shuanglian.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AgreementRepository extends JpaRepository<Agreement, Long> {

  @EntityGraph(attributePaths = {"commissioner", "district", "round", "match"})
  Optional<Agreement> findWithDetailsById(Long id);

  @EntityGraph(attributePaths = {"commissioner", "district", "round"})
  List<Agreement> findByRoundIdOrderById(Long roundId);

  Optional<Agreement> findByMatchId(Long matchId);

  boolean existsByAgreementNo(String agreementNo);
}
