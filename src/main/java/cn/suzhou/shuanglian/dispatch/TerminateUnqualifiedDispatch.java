package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import cn.suzhou.shuanglian.dispatch.DispatchService.Termination;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-18: an unqualified grade ends the case's dispatch at once and bars the person from every later
 * round; the source unit's notice shows the reason, the year graded 不合格 and the grade.
 */
@Component("terminateUnqualifiedDispatch")
public class TerminateUnqualifiedDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public TerminateUnqualifiedDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Termination t = dispatches.terminateUnqualified(dispatches.ofCase(execution.getProcessInstanceId()));
    TERMINATION_REASON.set(execution, t.reason());
    SERVICE_YEAR.set(execution, (long) t.serviceYear());
    GRADE_LABEL.set(execution, t.gradeLabel());
    TERMINATION_ACKNOWLEDGED.set(execution, false);
  }
}
