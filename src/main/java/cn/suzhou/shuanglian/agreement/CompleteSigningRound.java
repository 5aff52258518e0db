package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.round.SelectionRounds;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-12(3): every agreement of the round is signed (or a declined one closed): the round is complete. */
@Component("completeSigningRound")
public class CompleteSigningRound implements JavaDelegate {

  private final AgreementService agreements;
  private final SelectionRounds rounds;

  public CompleteSigningRound(AgreementService agreements, SelectionRounds rounds) {
    this.agreements = agreements;
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    agreements.completeRound(rounds.ofCase(execution.getProcessInstanceId()).getId());
  }
}
