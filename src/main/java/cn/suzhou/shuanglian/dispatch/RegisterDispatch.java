package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-14, P-15: the dispatch case gets its title, district, commissioner and source unit for its tasks. */
@Component("registerDispatch")
public class RegisterDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public RegisterDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(dispatches.caseVariables(new VariableReader(execution).number("dispatchId")));
  }
}
