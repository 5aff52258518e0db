package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.round.SelectionRoundVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** P-04: the city bureau confirms it has reviewed the supply–demand comparison; who, when and its note are kept. */
@Component("recordSupplyDemandReview")
public class RecordSupplyDemandReview extends CompletionCheck {

  private final SelectionRoundRepository rounds;
  private final Messages messages;

  public RecordSupplyDemandReview(SelectionRoundRepository rounds, Messages messages) {
    this.rounds = rounds;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    if (!in.isTrue(SUPPLY_DEMAND_CONFIRMED)) {
      throw new ProcessRuleViolation(SUPPLY_DEMAND_CONFIRMED, messages.get("round.supplyDemand.confirmRequired"));
    }
    String note = in.text(SUPPLY_DEMAND_NOTE);
    if (note != null && note.length() > 1000) {
      throw new ProcessRuleViolation(SUPPLY_DEMAND_NOTE, messages.get("round.supplyDemand.noteTooLong", 1000));
    }
    SelectionRound round = rounds.findById(in.number(ROUND_ID)).orElseThrow();
    round.supplyDemandReviewed(ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"),
        ClockUtil.getCurrentTime().toInstant(), note);
  }
}
