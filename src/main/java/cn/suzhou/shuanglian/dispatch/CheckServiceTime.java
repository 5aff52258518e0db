package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-15: before a service year ends, counts its confirmed service days against the minimum; the
 * reminders to the commissioner and the district follow when they fall short.
 */
@Component("checkServiceTime")
public class CheckServiceTime implements JavaDelegate {

  private final DispatchService dispatches;

  public CheckServiceTime(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariablesLocal(dispatches.serviceTime(in.number("dispatchId"), in.number("serviceYear").intValue()));
  }
}
