package cn.suzhou.shuanglian.dispatch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-15: the term ran out without renewal; the case's dispatch is complete. */
@Component("completeDispatch")
public class CompleteDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public CompleteDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dispatches.complete(dispatches.ofCase(execution.getProcessInstanceId()).getId());
  }
}
