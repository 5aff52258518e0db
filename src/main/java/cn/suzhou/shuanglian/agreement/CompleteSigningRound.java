package cn.suzhou.shuanglian.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-12(3): every agreement of the case's round is signed (or a declined one closed): the round is complete. */
@Component("completeSigningRound")
public class CompleteSigningRound implements JavaDelegate {

  private final AgreementService agreements;

  public CompleteSigningRound(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.completeRound(execution.getProcessInstanceId());
  }
}
