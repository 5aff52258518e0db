package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-01, P-02: when the city bureau finalises the matching — in Tasklist or over REST — whatever it
 * changed is checked again: every commissioner of the final list in exactly one of the round's
 * districts, every district at least its minimum, the round at least its total. A violation is
 * refused naming the district, and nothing is written.
 */
@Component("checkFinalMatching")
public class CheckFinalMatching extends CompletionCheck {

  private final SelectionRoundRepository rounds;
  private final MatchingService matching;
  private final ListRows rows;

  public CheckFinalMatching(SelectionRoundRepository rounds, MatchingService matching, ListRows rows) {
    this.rounds = rounds;
    this.matching = matching;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    matching.finalise(rounds.findById(new VariableReader(execution).number(ROUND_ID)).orElseThrow(),
        rows.read(MATCHES, execution.getVariable(MATCHES), MatchRow.class));
  }
}
