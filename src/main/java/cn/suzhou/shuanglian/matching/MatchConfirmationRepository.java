package cn.suzhou.shuanglian.matching;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchConfirmationRepository extends JpaRepository<MatchConfirmation, Long> {

  List<MatchConfirmation> findByRoundIdOrderById(Long roundId);
}
