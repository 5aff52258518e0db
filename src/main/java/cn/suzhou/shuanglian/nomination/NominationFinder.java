package cn.suzhou.shuanglian.nomination;

import java.util.Optional;
import org.springframework.stereotype.Component;

/** A round's nomination list, for other features (plain delegation to the nomination repository). */
@Component
public class NominationFinder {

  private final NominationRepository nominations;

  public NominationFinder(NominationRepository nominations) {
    this.nominations = nominations;
  }

  public Optional<Nomination> findByRoundId(Long roundId) {
    return nominations.findByRoundId(roundId);
  }
}
