package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import cn.suzhou.shuanglian.dispatch.DispatchService.ServiceTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-15: before a service year ends, counts its confirmed service days against the minimum; the
 * reminders to the commissioner and the district follow when they fall short. The values are local
 * to the reminder's event subprocess.
 */
@Component("checkServiceTime")
public class CheckServiceTime implements JavaDelegate {

  private final DispatchService dispatches;

  public CheckServiceTime(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispatch d = dispatches.ofCase(execution.getProcessInstanceId());
    ServiceTime time = dispatches.serviceTime(d, SERVICE_YEAR.from(execution).intValue());
    CONFIRMED_DAYS.setLocal(execution, (long) time.confirmedDays());
    MIN_SERVICE_DAYS.setLocal(execution, (long) time.minServiceDays());
    SHORT_DAYS.setLocal(execution, (long) time.shortDays());
    SERVICE_DAYS_SHORT.setLocal(execution, time.due());
    YEAR_END_DATE.setLocal(execution, time.yearLastDay());
    REMINDER_ACKNOWLEDGED.setLocal(execution, false);
  }
}
