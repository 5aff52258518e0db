package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-18: an unqualified grade ends the dispatch at once and bars the person from every later round. */
@Component("terminateUnqualifiedDispatch")
public class TerminateUnqualifiedDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public TerminateUnqualifiedDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariables(dispatches.terminateUnqualified(in.number("dispatchId"),
        in.number("evaluatedYear").intValue()));
  }
}
