package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
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
    VariableReader in = new VariableReader(execution);
    execution.setVariable("renewalAgreementId", dispatches.signRenewal(in.number("dispatchId"),
        in.text("renewalAgreementNo"), in.text("renewalSignedOn"),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"), execution.getProcessInstanceId()));
  }
}
