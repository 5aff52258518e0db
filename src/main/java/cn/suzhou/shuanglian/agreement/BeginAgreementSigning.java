package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.round.SelectionRounds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-12(3): after matching, the round moves on to signing its agreements. */
@Component("beginAgreementSigning")
public class BeginAgreementSigning implements JavaDelegate {

  private final AgreementService agreements;
  private final SelectionRounds rounds;

  public BeginAgreementSigning(AgreementService agreements, SelectionRounds rounds) {
    this.agreements = agreements;
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.beginSigning(rounds.ofCase(execution.getProcessInstanceId()).getId());
  }
}
