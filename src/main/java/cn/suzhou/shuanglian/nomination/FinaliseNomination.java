package cn.suzhou.shuanglian.nomination;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-03, P-12(2): released by every source unit and countersigned by every co-department, the list is final. */
@Component("finaliseNomination")
public class FinaliseNomination implements JavaDelegate {

  private final NominationService nominations;
  private final NominationCases cases;

  public FinaliseNomination(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    nominations.finalise(cases.of(execution));
  }
}
