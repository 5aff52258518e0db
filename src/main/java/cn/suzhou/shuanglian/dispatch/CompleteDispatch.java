package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-15: the term ran out without renewal; the dispatch is complete. */
@Component("completeDispatch")
public class CompleteDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public CompleteDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    dispatches.complete(new VariableReader(execution).number("dispatchId"));
  }
}
