package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-17 (commissionerDispatch): a confirmed misconduct case with 终止派驻 interrupted the dispatch's case by
 * message; the dispatch ends now (TERMINATED, with the case's number, category and reason) and the
 * source unit is told next.
 */
@Component("endDispatchForMisconduct")
public class EndDispatchForMisconduct implements JavaDelegate {

  private final MisconductService service;

  public EndDispatchForMisconduct(MisconductService service) {
    this.service = service;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariables(service.terminateDispatch(in.number(DISPATCH_ID), in.text(TERMINATION_REASON)));
  }
}
