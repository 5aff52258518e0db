package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.*;

import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordService.ServiceLog;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The start of serviceRecord (P-06, P-09, P-15): reads the logged service through the contract,
 * has {@link ServiceRecordService#log} check and write it as the authenticated user, and mirrors the
 * record into the case's variables for Tasklist — the confirmation task goes to the enterprise's
 * contact, or to the district when the enterprise has no login (P-14).
 */
@Component("validateServiceRecord")
public class ValidateServiceRecord implements JavaDelegate {

  private final ServiceRecordService serviceRecords;
  private final DispatchProperties properties;

  public ValidateServiceRecord(ServiceRecordService serviceRecords, DispatchProperties properties) {
    this.serviceRecords = serviceRecords;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> unreadable = new ArrayList<>();
    ServiceLog input = new ServiceLog(whole(execution, DISPATCH_ID, "serviceRecord.dispatch.notANumber", unreadable),
        SERVICE_TYPE.from(execution), date(execution, START_DATE, unreadable), date(execution, END_DATE, unreadable),
        whole(execution, DAYS, "serviceRecord.days.notANumber", unreadable), CREDIT_CODE.from(execution),
        SUMMARY.from(execution), unreadable);
    ProcessEngineServices engine = execution.getProcessEngineServices();
    ServiceRecordCase logged = serviceRecords.log(input, ProcessActors.currentUserId(engine, null),
        ProcessActors.callerIsCity(engine), execution.getProcessInstanceId());

    mirror(execution, logged);
    CONFIRM_DUE_DATE.set(execution, EngineClock.dueAfter(properties.taskPeriod()));
    execution.setProcessBusinessKey(logged.businessKey());
  }

  /** The case's variables for Tasklist and the task assignments, from its record. */
  static void mirror(VariableScope scope, ServiceRecordCase logged) {
    DISPATCH_ID.set(scope, logged.dispatchId());
    SERVICE_TYPE.set(scope, logged.serviceType().name());
    SERVICE_TYPE_LABEL.set(scope, logged.serviceType().label());
    START_DATE.set(scope, logged.startDate());
    END_DATE.set(scope, logged.endDate());
    DAYS.set(scope, (long) logged.days());
    SERVICE_YEAR.set(scope, (long) logged.serviceYear());
    CREDIT_CODE.set(scope, logged.creditCode());
    SUMMARY.set(scope, logged.summary());
    ENTERPRISE_NAME.set(scope, logged.enterpriseName());
    DISTRICT_CODE.set(scope, logged.districtCode());
    DISTRICT_NAME.set(scope, logged.districtName());
    APPLICANT_NAME.set(scope, logged.commissionerName());
    COMMISSIONER_USER_ID.set(scope, logged.commissionerUserId());
    CONFIRMER_USER_ID.set(scope, logged.confirmerUserId());
    CONFIRMER_GROUP_ID.set(scope, logged.confirmerGroupId());
    CASE_TITLE.set(scope, logged.caseTitle());
  }

  /** A number, or null after naming the field when it is not one. */
  private Long whole(DelegateExecution execution, Var<Long> field, String key, List<Problem> unreadable) {
    try {
      return field.from(execution);
    } catch (NumberFormatException e) {
      unreadable.add(serviceRecords.problem(field, key, String.valueOf(field.raw(execution)).trim()));
      return null;
    }
  }

  /** A date from the form ("2025-03-02") or a REST integrator (ISO text or a Date); null after naming the field when it is none. */
  private LocalDate date(DelegateExecution execution, Var<LocalDate> field, List<Problem> unreadable) {
    try {
      return field.from(execution);
    } catch (DateTimeParseException e) {
      unreadable.add(serviceRecords.problem(field, "serviceRecord.date.invalid", serviceRecords.label(field),
          e.getParsedString()));
      return null;
    }
  }
}
