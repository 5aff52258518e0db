package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-15: the renewed term starts as a new dispatch case; this one ends as renewed. */
@Component("renewDispatch")
public class RenewDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public RenewDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariable("renewedDispatchId",
        dispatches.renew(in.number("dispatchId"), in.number("renewalAgreementId")).getId());
  }
}
