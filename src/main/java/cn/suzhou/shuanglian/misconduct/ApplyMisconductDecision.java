package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductContract.*;

import cn.suzhou.shuanglian.misconduct.MisconductService.Outcome;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-17 (一经查实，按照有关规定处理), P-18 (the bar): applies the city's decision — the answers of the task
 * just completed, checked by {@link CheckMisconductDecision} — to the case, in the transaction that
 * completes the task: CONFIRMED or DISMISSED with measure, decided by (the authenticated user) and at;
 * 终止派驻 ends the running dispatch by message to its case; 列入禁派 bars the person from every later round.
 */
@Component("applyMisconductDecision")
public class ApplyMisconductDecision implements JavaDelegate {

  private final MisconductService service;

  public ApplyMisconductDecision(MisconductService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean confirm = CONFIRM.equals(DECISION.from(execution));
    MisconductMeasure measure = confirm ? MisconductMeasure.valueOf(MEASURE.from(execution)) : null;
    Outcome outcome = service.applyDecision(execution.getProcessInstanceId(), confirm, measure,
        confirm && BAR.from(execution), DECISION_REASON.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    OUTCOME_TEXT.set(execution, outcome.text());
    INFORM_SOURCE_UNIT.set(execution, outcome.informSourceUnit());
  }
}
