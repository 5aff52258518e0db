package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.round.SelectionRoundContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * P-04: the city bureau confirms it has reviewed the supply–demand comparison; who (the
 * authenticated user), when and its note are kept on the case's round.
 */
@Component("recordSupplyDemandReview")
public class RecordSupplyDemandReview extends CompletionCheck {

  private final SelectionRounds rounds;
  private final Messages messages;

  public RecordSupplyDemandReview(SelectionRounds rounds, Messages messages) {
    this.rounds = rounds;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    if (!Boolean.TRUE.equals(SUPPLY_DEMAND_CONFIRMED.from(execution))) {
      throw new ProcessRuleViolation(SUPPLY_DEMAND_CONFIRMED.name(), messages.get("round.supplyDemand.confirmRequired"));
    }
    String note = SUPPLY_DEMAND_NOTE.from(execution);
    if (note != null && Characters.count(note) > 1000) {
      throw new ProcessRuleViolation(SUPPLY_DEMAND_NOTE.name(), messages.get("round.supplyDemand.noteTooLong", 1000));
    }
    SelectionRound round = rounds.ofCase(execution.getProcessInstanceId());
    round.supplyDemandReviewed(ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"),
        ClockUtil.getCurrentTime().toInstant(), note);
  }
}
