package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-11: pairs each matched commissioner with one or more of the district's service units. */
@Component("matchServiceUnits")
public class MatchServiceUnits implements JavaDelegate {

  private final SelectionRoundRepository rounds;
  private final MatchingService matching;

  public MatchServiceUnits(SelectionRoundRepository rounds, MatchingService matching) {
    this.rounds = rounds;
    this.matching = matching;
  }

  @Override
  public void execute(DelegateExecution execution) {
    matching.pairServiceUnits(rounds.findById(new VariableReader(execution).number(ROUND_ID)).orElseThrow());
  }
}
