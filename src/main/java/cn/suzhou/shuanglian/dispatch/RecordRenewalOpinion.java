package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.EngineCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-15: records one party's answer on renewal — for the party and dispatch of this task as recorded
 * when it opened, answered by the authenticated user, who must be of that party.
 */
@Component("recordRenewalOpinion")
public class RecordRenewalOpinion extends CompletionCheck {

  private final DispatchService dispatches;

  public RecordRenewalOpinion(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  protected void check(DelegateExecution execution) {
    dispatches.recordRenewalOpinion(execution.getProcessInstanceId(), execution.getId(),
        RENEWAL_DECISION.from(execution), RENEWAL_COMMENT.from(execution),
        EngineCaller.of(execution.getProcessEngineServices()));
  }
}
