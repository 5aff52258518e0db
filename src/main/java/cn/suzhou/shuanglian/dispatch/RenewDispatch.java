package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-15: the renewed term starts as a new dispatch case; the case's dispatch ends as renewed. */
@Component("renewDispatch")
public class RenewDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public RenewDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispatch renewed = dispatches.renew(dispatches.ofCase(execution.getProcessInstanceId()).getId());
    RENEWED_DISPATCH_ID.set(execution, renewed.getId());
  }
}
