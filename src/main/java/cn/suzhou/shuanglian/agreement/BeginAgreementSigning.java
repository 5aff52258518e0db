package cn.suzhou.shuanglian.agreement;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-12(3): after matching, the round of this selectionRound case moves on to signing its agreements. */
@Component("beginAgreementSigning")
public class BeginAgreementSigning implements JavaDelegate {

  private final AgreementService agreements;

  public BeginAgreementSigning(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.beginSigning(execution.getProcessInstanceId());
  }
}
