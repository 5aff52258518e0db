package cn.suzhou.shuanglian.round;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Asked by {@code selectionRound}'s multi-instance call activity: the districts the round covers,
 * as taken from the district table when it opened (P-02; a ninth park is a row, not a change here).
 */
@Component("selectionRounds")
public class SelectionRounds {

  private final SelectionRoundRepository rounds;

  public SelectionRounds(SelectionRoundRepository rounds) {
    this.rounds = rounds;
  }

  @Transactional(readOnly = true)
  public List<String> districtCodes(Long roundId) {
    return rounds.findById(roundId).map(SelectionRound::getDistrictCodes)
        .orElseThrow(() -> new IllegalStateException("no selection round " + roundId));
  }
}
