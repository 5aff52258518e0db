package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordVariables.*;

import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-06, P-09, P-15: a service record must describe a real service of the commissioner's running
 * dispatch before the enterprise is asked to confirm it — one of the six kinds of service, a period
 * already past, inside the dispatch term and inside one service year, no more days than the period
 * holds, an enterprise the dispatch serves, and a summary the enterprise can recognise. Every
 * problem is reported at once, field by field; nothing is written when one is found. On success the
 * record is written (PENDING) and the confirmation task's candidates are set: the enterprise's
 * contact, or the district when the enterprise has no login (P-14).
 */
@Component("validateServiceRecord")
public class ValidateServiceRecord implements JavaDelegate {

  static final int SUMMARY_MIN = 10;
  static final int SUMMARY_MAX = 2000;

  private final CommissionerRepository commissioners;
  private final DispatchRepository dispatches;
  private final EnterpriseRepository enterprises;
  private final ServiceRecordRepository records;
  private final DispatchProperties properties;
  private final Messages messages;

  public ValidateServiceRecord(CommissionerRepository commissioners, DispatchRepository dispatches,
      EnterpriseRepository enterprises, ServiceRecordRepository records, DispatchProperties properties,
      Messages messages) {
    this.commissioners = commissioners;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.records = records;
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    List<Problem> problems = new ArrayList<>();
    Instant now = EngineClock.now();
    LocalDate today = EngineClock.today();

    Dispatch dispatch = resolveDispatch(execution, in, problems);
    ServiceType type = serviceType(in, problems);
    LocalDate start = date(in, START_DATE, problems);
    LocalDate end = date(in, END_DATE, problems);
    Integer serviceYear = null;
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.add(problem(END_DATE, "serviceRecord.date.endBeforeStart", end, start));
      } else {
        if (start.isAfter(today)) {
          problems.add(problem(START_DATE, "serviceRecord.date.future", messages.get("serviceRecord.field.startDate"),
              start, today));
        } else if (end.isAfter(today)) {
          problems.add(problem(END_DATE, "serviceRecord.date.future", messages.get("serviceRecord.field.endDate"),
              end, today));
        }
        if (dispatch != null) {
          serviceYear = serviceYear(dispatch, start, end, problems);
        }
      }
    }
    Integer days = days(in, start, end, problems);
    Enterprise enterprise = enterprise(in, dispatch, problems);
    String summary = summary(in, problems);

    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }

    String recordedBy = ProcessActors.currentUserId(execution.getProcessEngineServices(),
        Optional.ofNullable(in.text(INITIATOR)).orElse("system"));
    ServiceRecord record = records.saveAndFlush(new ServiceRecord(dispatch, enterprise, type, start, end, days,
        serviceYear, summary, recordedBy, now, execution.getProcessInstanceId()));

    String contact = enterprise.getContactUserId();
    boolean hasContact = contact != null && !contact.isBlank();
    String commissionerName = dispatch.getCommissioner().getName();
    execution.setVariable(SERVICE_RECORD_ID, record.getId());
    execution.setVariable(DISPATCH_ID, dispatch.getId());
    execution.setVariable(SERVICE_TYPE, type.name());
    execution.setVariable(SERVICE_TYPE_LABEL, type.label());
    execution.setVariable(START_DATE, start.toString());
    execution.setVariable(END_DATE, end.toString());
    execution.setVariable(DAYS, days);
    execution.setVariable(SERVICE_YEAR, serviceYear);
    execution.setVariable(CREDIT_CODE, enterprise.getCreditCode());
    execution.setVariable(SUMMARY, summary);
    execution.setVariable(ENTERPRISE_NAME, enterprise.getName());
    execution.setVariable(DISTRICT_CODE, dispatch.getDistrict().getCode());
    execution.setVariable(DISTRICT_NAME, dispatch.getDistrict().getName());
    execution.setVariable(APPLICANT_NAME, commissionerName);
    execution.setVariable(COMMISSIONER_USER_ID, dispatch.getCommissioner().getUserId());
    execution.setVariable(CONFIRMER_USER_ID, hasContact ? contact : null);
    execution.setVariable(CONFIRMER_GROUP_ID, hasContact ? null : dispatch.getDistrict().groupId());
    execution.setVariable(CONFIRM_DUE_DATE,
        EngineClock.dueAfter(properties.taskPeriod()));
    execution.setVariable(CASE_TITLE, commissionerName + " · " + enterprise.getName() + " · " + days + "天（"
        + start + "至" + (end.getYear() == start.getYear() ? end.toString().substring(5) : end.toString()) + "）");
    execution.setProcessBusinessKey("SR-" + dispatch.getId() + "-" + record.getId());
  }

  /**
   * The dispatch the record belongs to: the one named by {@code dispatchId} (the city bureau filing
   * on a commissioner's behalf, or the commissioner for their own), else the running dispatch of
   * the commissioner who started the process. It must be running.
   */
  private Dispatch resolveDispatch(DelegateExecution execution, VariableReader in, List<Problem> problems) {
    String initiator = in.text(INITIATOR);
    Long requested;
    try {
      requested = in.number(DISPATCH_ID);
    } catch (NumberFormatException e) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.notANumber", in.text(DISPATCH_ID)));
      return null;
    }
    if (requested == null) {
      if (ProcessActors.callerIsCity(execution.getProcessEngineServices())) {
        problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.required"));
        return null;
      }
      Optional<Dispatch> own = Optional.ofNullable(initiator).flatMap(commissioners::findByUserId)
          .flatMap(c -> dispatches.findByActiveCommissionerId(c.getId()));
      if (own.isEmpty()) {
        problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.none"));
        return null;
      }
      return own.get();
    }
    Optional<Dispatch> named = dispatches.findWithDetailsById(requested);
    if (named.isEmpty()) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.unknown", requested));
      return null;
    }
    Dispatch dispatch = named.get();
    boolean own = initiator != null && initiator.equals(dispatch.getCommissioner().getUserId());
    if (!own && !ProcessActors.callerIsCity(execution.getProcessEngineServices())) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.notYours"));
      return null;
    }
    if (!dispatch.isActive()) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.notActive", dispatch.getBusinessKey()));
      return null;
    }
    return dispatch;
  }

  private ServiceType serviceType(VariableReader in, List<Problem> problems) {
    String value = in.text(SERVICE_TYPE);
    if (value == null) {
      problems.add(problem(SERVICE_TYPE, "serviceRecord.type.required"));
      return null;
    }
    try {
      return ServiceType.valueOf(value);
    } catch (IllegalArgumentException e) {
      problems.add(problem(SERVICE_TYPE, "serviceRecord.type.unknown", value));
      return null;
    }
  }

  /** A date from the form ("2025-03-02") or a REST integrator (ISO text or a Date); null after naming the problem. */
  private LocalDate date(VariableReader in, String field, List<Problem> problems) {
    String label = messages.get("serviceRecord.field." + field);
    try {
      LocalDate date = in.date(field);
      if (date == null) {
        problems.add(problem(field, "serviceRecord.date.required", label));
      }
      return date;
    } catch (DateTimeParseException e) {
      problems.add(problem(field, "serviceRecord.date.invalid", label, in.text(field)));
      return null;
    }
  }

  /**
   * P-15: the period lies inside the dispatch term and inside one service year (years end on the
   * anniversaries of the term start); returns that year, or null after naming the problem.
   */
  private Integer serviceYear(Dispatch dispatch, LocalDate start, LocalDate end, List<Problem> problems) {
    if (start.isBefore(dispatch.getTermStart()) || !end.isBefore(dispatch.getTermEnd())) {
      String field = start.isBefore(dispatch.getTermStart()) ? START_DATE : END_DATE;
      problems.add(problem(field, "serviceRecord.date.outsideTerm", start, end, dispatch.getTermStart(),
          dispatch.getTermEnd().minusDays(1)));
      return null;
    }
    int year = 1;
    while (!start.isBefore(properties.yearEnd(dispatch.getTermStart(), year))) {
      year++;
    }
    LocalDate yearEnd = properties.yearEnd(dispatch.getTermStart(), year);
    if (!end.isBefore(yearEnd)) {
      problems.add(problem(END_DATE, "serviceRecord.date.spansYears", year,
          properties.yearStart(dispatch.getTermStart(), year), yearEnd.minusDays(1)));
      return null;
    }
    return year;
  }

  /** Days of service: more than 0 and no more than the calendar days of the period (end − start + 1). */
  private Integer days(VariableReader in, LocalDate start, LocalDate end, List<Problem> problems) {
    Long days;
    try {
      days = in.number(DAYS);
    } catch (NumberFormatException e) {
      problems.add(problem(DAYS, "serviceRecord.days.notANumber", in.text(DAYS)));
      return null;
    }
    if (days == null) {
      problems.add(problem(DAYS, "serviceRecord.days.required"));
      return null;
    }
    if (days <= 0) {
      problems.add(problem(DAYS, "serviceRecord.days.notPositive", days));
      return null;
    }
    if (start != null && end != null && !end.isBefore(start)) {
      long held = ChronoUnit.DAYS.between(start, end) + 1;
      if (days > held) {
        problems.add(problem(DAYS, "serviceRecord.days.tooMany", days, start, end, held));
        return null;
      }
    }
    return (int) Math.min(days, Integer.MAX_VALUE);
  }

  /** P-14: the service unit, by its credit code, must be an enterprise the dispatch serves. */
  private Enterprise enterprise(VariableReader in, Dispatch dispatch, List<Problem> problems) {
    String code = in.text(CREDIT_CODE);
    if (code == null) {
      problems.add(problem(CREDIT_CODE, "serviceRecord.creditCode.required"));
      return null;
    }
    if (!ChineseIdentifiers.isUnifiedSocialCreditCode(code)) {
      problems.add(problem(CREDIT_CODE, "serviceRecord.creditCode.invalid", code));
      return null;
    }
    Optional<Enterprise> enterprise = enterprises.findWithDistrictByCreditCode(code);
    if (enterprise.isEmpty()) {
      problems.add(problem(CREDIT_CODE, "serviceRecord.enterprise.unknown", code));
      return null;
    }
    if (dispatch != null && !dispatch.serves(enterprise.get().getId())) {
      problems.add(problem(CREDIT_CODE, "serviceRecord.enterprise.notServed", code, enterprise.get().getName()));
      return null;
    }
    return enterprise.get();
  }

  private String summary(VariableReader in, List<Problem> problems) {
    String summary = in.text(SUMMARY);
    if (summary == null) {
      problems.add(problem(SUMMARY, "serviceRecord.summary.required", SUMMARY_MIN, SUMMARY_MAX));
      return null;
    }
    if (summary.length() < SUMMARY_MIN || summary.length() > SUMMARY_MAX) {
      problems.add(problem(SUMMARY, "serviceRecord.summary.length", SUMMARY_MIN, SUMMARY_MAX, summary.length()));
      return null;
    }
    return summary;
  }

  private Problem problem(String field, String key, Object... args) {
    return new Problem(field, messages.get(key, args));
  }
}
