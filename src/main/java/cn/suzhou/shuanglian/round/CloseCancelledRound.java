package cn.suzhou.shuanglian.round;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-01: when an administrator cancels a round's process (Cockpit or REST), the round is marked
 * cancelled and its year freed, so the round can be opened again; a round that ends normally keeps
 * its year. The round is the one linked to the case.
 */
@Component("closeCancelledRound")
public class CloseCancelledRound implements ExecutionListener {

  private final SelectionRoundRepository rounds;

  public CloseCancelledRound(SelectionRoundRepository rounds) {
    this.rounds = rounds;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      rounds.findByProcessInstanceId(execution.getProcessInstanceId()).ifPresent(SelectionRound::cancel);
    }
  }
}
