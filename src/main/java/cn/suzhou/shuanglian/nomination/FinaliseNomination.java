package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-03, P-12(2): released by every source unit and countersigned by every co-department, the list is final. */
@Component("finaliseNomination")
public class FinaliseNomination implements JavaDelegate {

  private final NominationService nominations;

  public FinaliseNomination(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    nominations.finalise(nominations.get(new VariableReader(execution).number(NOMINATION_ID)));
  }
}
