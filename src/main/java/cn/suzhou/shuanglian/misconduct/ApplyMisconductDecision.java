package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductVariables.*;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-17 (一经查实，按照有关规定处理), P-18 (the bar): applies the city's decision in the transaction that
 * completes its task — the case CONFIRMED or DISMISSED with measure, decided by and at; 终止派驻 ends the
 * running dispatch by message to its case; 列入禁派 bars the person from every later round.
 */
@Component("applyMisconductDecision")
public class ApplyMisconductDecision implements JavaDelegate {

  private final MisconductService service;

  public ApplyMisconductDecision(MisconductService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    boolean confirm = CONFIRM.equals(in.text(DECISION));
    MisconductMeasure measure = confirm ? MisconductMeasure.valueOf(in.text(MEASURE)) : null;
    execution.setVariables(service.applyDecision(in.number(CASE_ID), confirm, measure, confirm && in.isTrue(BAR),
        in.text(DECISION_REASON), ProcessActors.currentUserId(execution.getProcessEngineServices(), "system")));
  }
}
