package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

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
    Dispatch d = dispatches.ofCase(execution.getProcessInstanceId());
    RENEWAL_AGREED.set(execution, dispatches.renewalAgreed(d.getId()));
    RENEWAL_TERM_START_DATE.set(execution, d.getTermEnd());
  }
}
