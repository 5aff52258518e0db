package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-15: renewal (续派) only when the district, the commissioner and the source unit all agree. */
@Component("summariseRenewal")
public class SummariseRenewal implements JavaDelegate {

  private final DispatchService dispatches;

  public SummariseRenewal(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long dispatchId = new VariableReader(execution).number("dispatchId");
    execution.setVariable("renewalAgreed", dispatches.renewalAgreed(dispatchId));
    execution.setVariable("renewalTermStartDate", dispatches.get(dispatchId).getTermEnd().toString());
  }
}
