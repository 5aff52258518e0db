package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-15: records one party's answer on renewal (district, commissioner, source unit). */
@Component("recordRenewalOpinion")
public class RecordRenewalOpinion extends CompletionCheck {

  private final DispatchService dispatches;

  public RecordRenewalOpinion(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    dispatches.recordRenewalOpinion(in.number("dispatchId"), in.text("renewalParty"), in.text("renewalDecision"),
        in.text("renewalComment"), ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
