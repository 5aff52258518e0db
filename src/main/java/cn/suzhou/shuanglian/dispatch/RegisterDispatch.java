package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import cn.suzhou.shuanglian.dispatch.DispatchService.CaseContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-14, P-15: binds the starting case to its dispatch (by the business key it was started with) and
 * gives it its title, district, commissioner and source unit for its tasks and Tasklist's columns.
 */
@Component("registerDispatch")
public class RegisterDispatch implements JavaDelegate {

  private final DispatchService dispatches;

  public RegisterDispatch(DispatchService dispatches) {
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Dispatch d = dispatches.bindCase(execution.getProcessBusinessKey(), execution.getProcessInstanceId());
    CaseContext c = dispatches.caseContext(d);
    DISPATCH_ID.set(execution, c.dispatchId());
    CASE_TITLE.set(execution, c.caseTitle());
    DISTRICT_CODE.set(execution, c.districtCode());
    DISTRICT_NAME.set(execution, c.districtName());
    APPLICANT_NAME.set(execution, c.commissionerName());
    COMMISSIONER_NAME.set(execution, c.commissionerName());
    COMMISSIONER_USER_ID.set(execution, c.commissionerUserId());
    SOURCE_UNIT_CODE.set(execution, c.sourceUnitCode());
    SOURCE_UNIT_NAME.set(execution, c.sourceUnitName());
    TERM_START_DATE.set(execution, c.termStart());
    TERM_END_DATE.set(execution, c.termLastDay());
    TERM_YEARS.set(execution, (long) c.termYears());
    MIN_SERVICE_DAYS.set(execution, (long) c.minServiceDays());
    AGREEMENT_NO.set(execution, c.agreementNo());
  }
}
