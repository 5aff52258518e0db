package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-11: gives the city bureau's final task every pair, the counts per district and the districts' answers. */
@Component("prepareFinalMatching")
public class PrepareFinalMatching implements ExecutionListener {

  private final SelectionRoundRepository rounds;
  private final MatchingService matching;

  public PrepareFinalMatching(SelectionRoundRepository rounds, MatchingService matching) {
    this.rounds = rounds;
    this.matching = matching;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(matching.finalVariables(
        rounds.findById(new VariableReader(execution).number(ROUND_ID)).orElseThrow()));
  }
}
