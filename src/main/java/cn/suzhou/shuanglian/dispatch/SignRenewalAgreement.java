package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import cn.suzhou.shuanglian.agreement.DateEntry;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-15: the district signs the renewal agreement: a new unique number; the new term follows the old. */
@Component("signRenewalAgreement")
public class SignRenewalAgreement extends CompletionCheck {

  private final DispatchService dispatches;

  public SignRenewalAgreement(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  protected void check(DelegateExecution execution) {
    dispatches.signRenewal(dispatches.ofCase(execution.getProcessInstanceId()), RENEWAL_AGREEMENT_NO.from(execution),
        DateEntry.of(RENEWAL_SIGNED_ON, execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"), execution.getProcessInstanceId());
  }
}
