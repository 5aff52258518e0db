package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.*;

import cn.suzhou.shuanglian.commissioner.Commissioners;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchAccess;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.dispatch.ServiceTimeSource;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service records (服务记录, P-06, P-09, P-15): logging a service (the rules of the serviceRecord
 * start), the enterprise's answer, the yearly tally the evaluation reads (only confirmed days count),
 * and who may read a dispatch's records (P-14: the district, the source unit and the service units
 * manage the commissioner jointly). The process's delegates only translate between its contract
 * ({@link ServiceRecordContract}) and these methods; a case's record is always the row linked to its
 * process instance, and who acts is the authenticated user the delegate passes in.
 */
@Service
public class ServiceRecordService implements ServiceTimeSource {

  static final int SUMMARY_MIN = 10;
  static final int SUMMARY_MAX = 2000;
  static final int REASON_MAX = 1000;
  /** Who acted when nobody is authenticated (a start or completion by the application itself). */
  static final String SYSTEM = "system";

  private final ServiceRecordRepository records;
  private final Dispatches dispatches;
  private final Enterprises enterprises;
  private final Commissioners commissioners;
  private final DispatchProperties properties;
  private final Messages messages;

  public ServiceRecordService(ServiceRecordRepository records, Dispatches dispatches,
      Enterprises enterprises, Commissioners commissioners, DispatchProperties properties,
      Messages messages) {
    this.records = records;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.commissioners = commissioners;
    this.properties = properties;
    this.messages = messages;
  }

  /**
   * A service as logged at the start of serviceRecord (start form or REST). A value that could not
   * be read at all (a date that is no date, days that are no number) is null here and named in
   * {@code unreadable}.
   *
   * @param dispatchId the dispatch named by a REST caller, or null for the logger's own running dispatch
   */
  public record ServiceLog(Long dispatchId, String serviceType, LocalDate startDate, LocalDate endDate, Long days,
      String creditCode, String summary, List<Problem> unreadable) {

    public ServiceLog {
      unreadable = List.copyOf(unreadable);
    }

    boolean unreadable(Var<?> field) {
      return unreadable.stream().anyMatch(p -> p.field().equals(field.name()));
    }
  }

  /**
   * P-06, P-09, P-14, P-15: checks a logged service and writes its record (PENDING) for the case —
   * a real service of a running dispatch: the logger's own (a commissioner), or the one a city
   * official names; one of the six kinds of service, a period already past, inside the term and one
   * service year, no more days than the period holds, an enterprise the dispatch serves, a summary the
   * enterprise can recognise. Every problem is reported at once, by field; nothing is written when
   * one is found.
   *
   * @param actorUserId the authenticated user logging it (null when nobody is authenticated)
   * @param actorIsCity whether that user is the city bureau (or an administrator)
   */
  @Transactional
  public ServiceRecordCase log(ServiceLog input, String actorUserId, boolean actorIsCity, String processInstanceId) {
    List<Problem> problems = new ArrayList<>(input.unreadable());
    LocalDate today = EngineClock.today();

    Dispatch dispatch = resolveDispatch(input, actorUserId, actorIsCity, problems);
    ServiceType type = serviceType(input, problems);
    LocalDate start = input.startDate();
    LocalDate end = input.endDate();
    requiredDate(input, START_DATE, problems);
    requiredDate(input, END_DATE, problems);
    Integer serviceYear = null;
    if (start != null && end != null) {
      if (end.isBefore(start)) {
        problems.add(problem(END_DATE, "serviceRecord.date.endBeforeStart", end, start));
      } else {
        if (start.isAfter(today)) {
          problems.add(problem(START_DATE, "serviceRecord.date.future", label(START_DATE), start, today));
        } else if (end.isAfter(today)) {
          problems.add(problem(END_DATE, "serviceRecord.date.future", label(END_DATE), end, today));
        }
        if (dispatch != null) {
          serviceYear = serviceYear(dispatch, start, end, problems);
        }
      }
    }
    Integer days = days(input, start, end, problems);
    Enterprise enterprise = enterprise(input, dispatch, problems);
    String summary = summary(input, problems);

    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }

    ServiceRecord record = records.saveAndFlush(new ServiceRecord(dispatch, enterprise, type, start, end, days,
        serviceYear, summary, actorUserId == null ? SYSTEM : actorUserId, EngineClock.now(), processInstanceId));
    return ServiceRecordCase.of(record);
  }

  /**
   * The dispatch the record belongs to: the one a REST caller names (the city bureau filing on a
   * commissioner's behalf, or the commissioner for their own), else the running dispatch of the
   * authenticated commissioner. It must be running.
   */
  private Dispatch resolveDispatch(ServiceLog input, String actorUserId, boolean actorIsCity, List<Problem> problems) {
    if (input.unreadable(DISPATCH_ID)) {
      return null;
    }
    if (input.dispatchId() == null) {
      if (actorIsCity) {
        problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.required"));
        return null;
      }
      Optional<Dispatch> own = Optional.ofNullable(actorUserId).flatMap(commissioners::findByUserId)
          .flatMap(c -> dispatches.findByActiveCommissionerId(c.getId()));
      if (own.isEmpty()) {
        problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.none"));
        return null;
      }
      return own.get();
    }
    Optional<Dispatch> named = dispatches.findWithDetailsById(input.dispatchId());
    if (named.isEmpty()) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.unknown", input.dispatchId()));
      return null;
    }
    Dispatch dispatch = named.get();
    boolean own = actorUserId != null && actorUserId.equals(dispatch.getCommissioner().getUserId());
    if (!own && !actorIsCity) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.notYours"));
      return null;
    }
    if (!dispatch.isActive()) {
      problems.add(problem(DISPATCH_ID, "serviceRecord.dispatch.notActive", dispatch.getBusinessKey()));
      return null;
    }
    return dispatch;
  }

  private ServiceType serviceType(ServiceLog input, List<Problem> problems) {
    String value = input.serviceType();
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

  private void requiredDate(ServiceLog input, Var<LocalDate> field, List<Problem> problems) {
    LocalDate value = field == START_DATE ? input.startDate() : input.endDate();
    if (value == null && !input.unreadable(field)) {
      problems.add(problem(field, "serviceRecord.date.required", label(field)));
    }
  }

  /**
   * P-15: the period lies inside the dispatch term and inside one service year (years end on the
   * anniversaries of the term start); returns that year, or null after naming the problem.
   */
  private Integer serviceYear(Dispatch dispatch, LocalDate start, LocalDate end, List<Problem> problems) {
    if (start.isBefore(dispatch.getTermStart()) || !end.isBefore(dispatch.getTermEnd())) {
      Var<LocalDate> field = start.isBefore(dispatch.getTermStart()) ? START_DATE : END_DATE;
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
  private Integer days(ServiceLog input, LocalDate start, LocalDate end, List<Problem> problems) {
    if (input.unreadable(DAYS)) {
      return null;
    }
    Long days = input.days();
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
  private Enterprise enterprise(ServiceLog input, Dispatch dispatch, List<Problem> problems) {
    String code = input.creditCode();
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

  private String summary(ServiceLog input, List<Problem> problems) {
    String summary = input.summary();
    if (summary == null) {
      problems.add(problem(SUMMARY, "serviceRecord.summary.required", SUMMARY_MIN, SUMMARY_MAX));
      return null;
    }
    if (Characters.count(summary) < SUMMARY_MIN || Characters.count(summary) > SUMMARY_MAX) {
      problems.add(problem(SUMMARY, "serviceRecord.summary.length", SUMMARY_MIN, SUMMARY_MAX, Characters.count(summary)));
      return null;
    }
    return summary;
  }

  /** The field's name for people ("服务开始日期"). */
  String label(Var<?> field) {
    return messages.get("serviceRecord.field." + field.name());
  }

  /** A start problem naming a field of the contract. */
  public Problem problem(Var<?> field, String key, Object... args) {
    return new Problem(field.name(), messages.get(key, args));
  }

  /** P-15: the confirmed service days of a service year of a dispatch (the dispatch's reminders). */
  @Transactional(readOnly = true)
  @Override
  public int confirmedDays(Long dispatchId, int serviceYear) {
    return tally(dispatchId, serviceYear).confirmedDays();
  }

  /**
   * P-15: a service year of a dispatch in figures — confirmed days, services, types and enterprises
   * from CONFIRMED records only, pending and disputed records counted apart.
   */
  @Transactional(readOnly = true)
  public ServiceTally tally(Long dispatchId, int serviceYear) {
    int confirmedDays = 0;
    int confirmed = 0;
    int pending = 0;
    int disputed = 0;
    Map<ServiceType, Integer> byType = new EnumMap<>(ServiceType.class);
    Map<ServiceType, Integer> daysByType = new EnumMap<>(ServiceType.class);
    for (ServiceType type : ServiceType.values()) {
      byType.put(type, 0);
      daysByType.put(type, 0);
    }
    Set<Long> enterpriseIds = new LinkedHashSet<>();
    for (ServiceRecord record : records.findByDispatchIdAndServiceYear(dispatchId, serviceYear)) {
      switch (record.getStatus()) {
        case CONFIRMED -> {
          confirmed++;
          confirmedDays += record.getDays();
          byType.merge(record.getServiceType(), 1, Integer::sum);
          daysByType.merge(record.getServiceType(), record.getDays(), Integer::sum);
          enterpriseIds.add(record.getEnterprise().getId());
        }
        case PENDING -> pending++;
        case DISPUTED -> disputed++;
      }
    }
    return new ServiceTally(confirmedDays, confirmed, Collections.unmodifiableMap(byType),
        Collections.unmodifiableMap(daysByType), Collections.unmodifiableSet(enterpriseIds), pending, disputed);
  }

  /**
   * P-15: the service unit's answer to the case's record — confirm, or dispute with the reason the
   * commissioner will read — recorded with who answered and when; only confirmed days count. The
   * record is the one linked to the case, whatever the variables say; the commissioner (or whoever
   * logged it) may not answer their own record.
   *
   * @param decision {@link ServiceRecordContract#CONFIRM} or {@link ServiceRecordContract#DISPUTE}
   * @param userId the authenticated user completing the task; null when nobody is (the system)
   * @return the case, for the variables that mirror it
   */
  @Transactional
  public ServiceRecordCase answer(String processInstanceId, String decision, String disputeReason, String userId) {
    if (!CONFIRM.equals(decision) && !DISPUTE.equals(decision)) {
      throw new ProcessRuleViolation(RECORD_DECISION.name(), messages.get("serviceRecord.answer.decisionRequired"));
    }
    boolean confirmed = CONFIRM.equals(decision);
    if (!confirmed) {
      if (disputeReason == null) {
        throw new ProcessRuleViolation(DISPUTE_REASON.name(), messages.get("serviceRecord.answer.reasonRequired"));
      }
      if (Characters.count(disputeReason) > REASON_MAX) {
        throw new ProcessRuleViolation(DISPUTE_REASON.name(),
            messages.get("serviceRecord.answer.reasonTooLong", REASON_MAX));
      }
    }
    ServiceRecord record = records.findWithDispatchByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no service record for case " + processInstanceId));
    if (record.getStatus() != ServiceRecordStatus.PENDING) {
      throw new IllegalStateException("service record " + record.getId() + " was answered already");
    }
    if (userId != null && mayNotConfirm(record).contains(userId)) {
      throw new ProcessRuleViolation(RECORD_DECISION.name(), messages.get("serviceRecord.answer.ownRecord"));
    }
    Instant now = EngineClock.now();
    String answeredBy = userId == null ? SYSTEM : userId;
    if (confirmed) {
      record.confirm(answeredBy, now);
    } else {
      record.dispute(answeredBy, disputeReason, now);
    }
    records.saveAndFlush(record);
    return ServiceRecordCase.of(record);
  }

  /** P-15: who may not answer the record — the commissioner whose service it is, and whoever logged it. */
  static Set<String> mayNotConfirm(ServiceRecord record) {
    Set<String> users = new LinkedHashSet<>();
    Optional.ofNullable(record.getDispatch().getCommissioner().getUserId()).ifPresent(users::add);
    if (!SYSTEM.equals(record.getRecordedBy())) {
      users.add(record.getRecordedBy());
    }
    return Set.copyOf(users);
  }

  /**
   * A dispatch's records as the caller may read them (P-14): all of them for the city bureau, process
   * managers, the district of the dispatch, the commissioner's source unit and the commissioner;
   * an enterprise contact only their own enterprise's; anyone else is refused.
   */
  @Transactional(readOnly = true)
  public List<ServiceRecordView> readableRecords(Long dispatchId, CurrentUser user) {
    Dispatch dispatch = dispatches.findWithDetailsById(dispatchId)
        .orElseThrow(() -> ApiException.notFound("serviceRecord.api.dispatchUnknown", dispatchId));
    if (DispatchAccess.managedBy(user, dispatch)) {
      return records.findByDispatchIdOrderByStartDateAscIdAsc(dispatchId).stream().map(ServiceRecordView::of).toList();
    }
    Set<Long> ownEnterprises = enterprises.findAllById(dispatch.getEnterpriseIds()).stream()
        .filter(e -> user.userId().equals(e.getContactUserId()))
        .map(Enterprise::getId)
        .collect(Collectors.toSet());
    if (ownEnterprises.isEmpty()) {
      throw ApiException.forbidden("serviceRecord.api.forbidden");
    }
    return records.findByDispatchIdOrderByStartDateAscIdAsc(dispatchId).stream()
        .filter(r -> ownEnterprises.contains(r.getEnterprise().getId()))
        .map(ServiceRecordView::of).toList();
  }

  /** The record of a serviceRecord case, as the API shows it. */
  @Transactional(readOnly = true)
  public ServiceRecordView viewOfCase(String processInstanceId) {
    return records.findWithDispatchByProcessInstanceId(processInstanceId).map(ServiceRecordView::of)
        .orElseThrow(() -> new IllegalStateException("no service record for case " + processInstanceId));
  }
}
