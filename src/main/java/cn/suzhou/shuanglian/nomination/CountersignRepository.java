package cn.suzhou.shuanglian.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CountersignRepository extends JpaRepository<Countersign, Long> {

  List<Countersign> findByNominationIdOrderByAttemptNoAscIdAsc(Long nominationId);

  List<Countersign> findByNominationIdAndAttemptNo(Long nominationId, int attemptNo);
}
