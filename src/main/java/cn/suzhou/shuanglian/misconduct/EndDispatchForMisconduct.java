package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-17 (commissionerDispatch): a confirmed misconduct case with 终止派驻 interrupted the dispatch's case by
 * message; the case's dispatch ends now (TERMINATED, with the number, category and reason of the
 * confirmed case that ended it, read from the domain) and the source unit is told next.
 */
@Component("endDispatchForMisconduct")
public class EndDispatchForMisconduct implements JavaDelegate {

  private final MisconductService service;

  public EndDispatchForMisconduct(MisconductService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    TERMINATION_REASON.set(execution, service.terminateDispatch(execution.getProcessInstanceId()));
    TERMINATION_ACKNOWLEDGED.set(execution, false);
  }
}
