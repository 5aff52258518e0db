package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-11: a district confirms its part of the proposal, or asks the city for changes with a reason. */
@Component("recordDistrictConfirmation")
public class RecordDistrictConfirmation extends CompletionCheck {

  private final SelectionRoundRepository rounds;
  private final MatchingService matching;

  public RecordDistrictConfirmation(SelectionRoundRepository rounds, MatchingService matching) {
    this.rounds = rounds;
    this.matching = matching;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    matching.confirm(rounds.findById(in.number(ROUND_ID)).orElseThrow(), in.text(DISTRICT_CODE),
        in.text(CONFIRMATION_DECISION), in.text(CONFIRMATION_COMMENT),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
