package cn.suzhou.shuanglian.matching;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** A round's matches, for other features (plain delegation to the round match repository). */
@Component
public class RoundMatches {

  private final RoundMatchRepository matches;

  public RoundMatches(RoundMatchRepository matches) {
    this.matches = matches;
  }

  public Optional<RoundMatch> findById(Long id) {
    return matches.findById(id);
  }

  public List<RoundMatch> findByRoundIdOrderByDistrictSortOrderAscIdAsc(Long roundId) {
    return matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId);
  }

  public RoundMatch save(RoundMatch match) {
    return matches.save(match);
  }

  public void flush() {
    matches.flush();
  }
}
