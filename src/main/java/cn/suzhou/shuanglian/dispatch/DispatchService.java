package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementService;
import cn.suzhou.shuanglian.agreement.Agreements;
import cn.suzhou.shuanglian.agreement.DateEntry;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.EvaluationOutcomes.YearResult;
import cn.suzhou.shuanglian.dispatch.RenewalOpinion.Party;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.CaseReaders;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.TaskCandidates;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-year dispatch of a signed agreement (派驻服务, P-14, P-15, P-18): starts it with its case in
 * the engine, tells when each service year ends, watches the confirmed service time, ends it on an
 * unqualified grade (barring the person), and carries the renewal (续派) at the end of the term.
 *
 * <p>The case's dispatch is the row linked to it ({@link #ofCase}), never an id read back from a
 * variable; the party of a renewal opinion task is the one recorded when the task opened
 * ({@link RenewalOpinionTask}); who answers is the authenticated user.
 */
@Service
@Transactional
public class DispatchService {

  private final DispatchRepository dispatches;
  private final Agreements agreements;
  private final AgreementService agreementService;
  private final RenewalOpinionRepository opinions;
  private final RenewalOpinionTaskRepository opinionTasks;
  private final EvaluationOutcomes evaluations;
  private final ServiceTimeSource serviceTime;
  private final TaskCandidates candidates;
  private final DispatchProperties properties;
  private final RuntimeService runtimeService;
  private final CaseReaders caseReaders;
  private final EngineAsSystem engineAsSystem;
  private final Messages messages;

  public DispatchService(DispatchRepository dispatches, Agreements agreements,
      AgreementService agreementService, RenewalOpinionRepository opinions, RenewalOpinionTaskRepository opinionTasks,
      EvaluationOutcomes evaluations, ServiceTimeSource serviceTime,
      TaskCandidates candidates, DispatchProperties properties, @Lazy RuntimeService runtimeService,
      CaseReaders caseReaders, EngineAsSystem engineAsSystem, Messages messages) {
    this.dispatches = dispatches;
    this.agreements = agreements;
    this.agreementService = agreementService;
    this.opinions = opinions;
    this.opinionTasks = opinionTasks;
    this.evaluations = evaluations;
    this.serviceTime = serviceTime;
    this.candidates = candidates;
    this.properties = properties;
    this.runtimeService = runtimeService;
    this.caseReaders = caseReaders;
    this.engineAsSystem = engineAsSystem;
    this.messages = messages;
  }

  /**
   * Starts the dispatch of a signed agreement (once: a retried job finds it) serving the given
   * enterprises; its case's business key names the agreement, commissioner and district, and binds
   * the case to the dispatch ({@link #bindCase}). The district and the source unit may read the case
   * (P-14).
   */
  public Dispatch start(Long agreementId, Set<Long> enterpriseIds) {
    Dispatch existing = dispatches.findByAgreementId(agreementId).orElse(null);
    if (existing != null) {
      return existing;
    }
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    Dispatch dispatch = dispatches.saveAndFlush(new Dispatch(agreement, enterpriseIds));
    ProcessInstance instance = engineAsSystem.call(() -> runtimeService.startProcessInstanceByKey(
        DispatchContract.PROCESS_KEY, dispatch.getBusinessKey()));
    dispatch.started(instance.getId());
    caseReaders.grant(instance.getId(), Groups.district(dispatch.getDistrict().getCode()));
    caseReaders.grant(instance.getId(), Groups.sourceUnit(dispatch.getSourceUnit().getCode()));
    return dispatch;
  }

  @Transactional(readOnly = true)
  public Dispatch get(Long dispatchId) {
    return dispatches.findWithDetailsById(dispatchId).orElseThrow();
  }

  /** The dispatch of a commissionerDispatch case. */
  @Transactional(readOnly = true)
  public Dispatch ofCase(String processInstanceId) {
    return dispatches.findWithDetailsByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("no dispatch for case " + processInstanceId));
  }

  /**
   * Binds a starting case to the dispatch it was started for, by its business key (unique per
   * dispatch); a dispatch already bound to another case is not taken over.
   */
  public Dispatch bindCase(String businessKey, String processInstanceId) {
    Dispatch d = dispatches.findByBusinessKey(businessKey)
        .filter(found -> found.getProcessInstanceId() == null || found.getProcessInstanceId().equals(processInstanceId))
        .orElseThrow(() -> new IllegalStateException("no unbound dispatch " + businessKey + " for " + processInstanceId));
    d.started(processInstanceId);
    dispatches.flush();
    return ofCase(processInstanceId);
  }

  /** What every task of a dispatch's case shows in Tasklist's columns and texts. */
  public record CaseContext(Long dispatchId, String caseTitle, String districtCode, String districtName,
      String commissionerName, String commissionerUserId, String sourceUnitCode, String sourceUnitName,
      LocalDate termStart, LocalDate termLastDay, int termYears, int minServiceDays, String agreementNo) {}

  @Transactional(readOnly = true)
  public CaseContext caseContext(Dispatch d) {
    return new CaseContext(d.getId(), messages.get("dispatch.caseTitle", d.getCommissioner().getName(),
        d.getDistrict().getName(), d.getTermStart(), d.getTermEnd().minusDays(1)), d.getDistrict().getCode(),
        d.getDistrict().getName(), d.getCommissioner().getName(), d.getCommissioner().getUserId(),
        d.getSourceUnit().getCode(), d.getSourceUnit().getName(), d.getTermStart(), d.getTermEnd().minusDays(1),
        properties.termYears(), properties.minServiceDays(), d.getAgreement().getAgreementNo());
  }

  /** The service years of the case's term: 1, 2. */
  @Transactional(readOnly = true)
  public List<Integer> years(String processInstanceId) {
    return IntStream.rangeClosed(1, properties.termYears()).boxed().toList();
  }

  /** When service year {@code year} of the case's dispatch ends: midnight (Asia/Shanghai) of its anniversary. */
  @Transactional(readOnly = true)
  public Date yearEnd(String processInstanceId, int year) {
    return EngineClock.startOf(properties.yearEnd(ofCase(processInstanceId).getTermStart(), year));
  }

  /** When the service time of year {@code year} is checked: the reminder lead time before it ends. */
  @Transactional(readOnly = true)
  public Date reminderAt(String processInstanceId, int year) {
    LocalDate termStart = ofCase(processInstanceId).getTermStart();
    LocalDate start = properties.yearStart(termStart, year);
    LocalDate at = properties.yearEnd(termStart, year).minus(properties.reminderBefore());
    return EngineClock.startOf(at.isBefore(start) ? start : at);
  }

  /**
   * P-18: was service year {@code year} of the case's dispatch graded 不合格? Read from the yearly
   * evaluation's row (the grade its DMN table gave and the city approved), not from the variable the
   * evaluation hands back.
   */
  @Transactional(readOnly = true)
  public boolean unqualified(String processInstanceId, int year) {
    Dispatch d = ofCase(processInstanceId);
    YearResult e = evaluations.of(d.getId()).stream().filter(r -> r.serviceYear() == year).findFirst()
        .orElseThrow(() -> new IllegalStateException("no evaluation of dispatch " + d.getId() + " year " + year));
    return e.unqualified();
  }

  /**
   * The service time of a year before it ends (P-15): what the reminders show, and whether one is due.
   *
   * @param yearLastDay the last day of the service year
   * @param due whether the commissioner and the district are reminded (the dispatch runs and is short)
   */
  public record ServiceTime(int confirmedDays, int minServiceDays, int shortDays, boolean due,
      LocalDate yearLastDay) {}

  @Transactional(readOnly = true)
  public ServiceTime serviceTime(Dispatch d, int year) {
    int confirmed = serviceTime.confirmedDays(d.getId(), year);
    int min = properties.minServiceDays();
    return new ServiceTime(confirmed, min, Math.max(0, min - confirmed), d.isActive() && confirmed < min,
        properties.yearEnd(d.getTermStart(), year).minusDays(1));
  }

  /** What the source unit's notice of an unqualified termination shows. */
  public record Termination(String reason, int serviceYear, String gradeLabel) {}

  /**
   * P-18: an unqualified grade ends the dispatch at once and the person is never dispatched again
   * (the nomination table reads the barred flag). The year is the one its yearly evaluation graded
   * 不合格.
   */
  public Termination terminateUnqualified(Dispatch d) {
    YearResult graded = evaluations.of(d.getId()).stream().filter(YearResult::unqualified)
        .max(Comparator.comparingInt(YearResult::serviceYear))
        .orElseThrow(() -> new IllegalStateException("no unqualified evaluation of dispatch " + d.getId()));
    int year = graded.serviceYear();
    String reason = messages.get("dispatch.terminated.unqualified", d.getAgreement().getRound().getRoundYear(),
        d.getDistrict().getName(), year);
    d.end(DispatchStatus.TERMINATED, reason, EngineClock.now());
    Commissioner c = d.getCommissioner();
    c.bar(reason);
    return new Termination(reason, year, graded.gradeLabel());
  }

  /** The three parties of a renewal, in the order their tasks are created. */
  public List<String> renewalParties() {
    return List.of(Party.DISTRICT.name(), Party.COMMISSIONER.name(), Party.SOURCE_UNIT.name());
  }

  /**
   * Records which party the renewal opinion task opening on this execution asks (the engine hands
   * the party to the task as it opens it, before anyone holds it); returns what the task shows.
   */
  public RenewalOpinionTask openRenewalTask(String processInstanceId, String executionId, String party) {
    Dispatch d = ofCase(processInstanceId);
    return opinionTasks.findById(executionId).orElseGet(() ->
        opinionTasks.save(new RenewalOpinionTask(executionId, d.getId(), Party.valueOf(party), EngineClock.now())));
  }

  private RenewalOpinionTask renewalTask(String executionId) {
    return opinionTasks.findById(executionId)
        .orElseThrow(() -> new IllegalStateException("no renewal opinion task on execution " + executionId));
  }

  /** The commissioner answers for themself (the task is theirs, in 我的待办), when they have a login. */
  @Transactional(readOnly = true)
  public String renewalAssignee(String executionId) {
    RenewalOpinionTask task = renewalTask(executionId);
    return task.getParty() == Party.COMMISSIONER ? get(task.getDispatchId()).getCommissioner().getUserId() : null;
  }

  /** Which group answers for the task's party: the district's S&T department, the source unit. */
  @Transactional(readOnly = true)
  public List<String> renewalGroups(String executionId) {
    RenewalOpinionTask task = renewalTask(executionId);
    Dispatch d = get(task.getDispatchId());
    return switch (task.getParty()) {
      case DISTRICT -> List.of(Groups.district(d.getDistrict().getCode()));
      case SOURCE_UNIT -> List.of(Groups.sourceUnit(d.getSourceUnit().getCode()));
      case COMMISSIONER -> candidates.districtIfNone(d.getCommissioner().getUserId(), d.getDistrict().getCode());
    };
  }

  public String partyName(Dispatch d, Party party) {
    return switch (party) {
      case DISTRICT -> d.getDistrict().getName() + messages.get("dispatch.party.districtSuffix");
      case COMMISSIONER -> messages.get("dispatch.party.commissioner", d.getCommissioner().getName());
      case SOURCE_UNIT -> d.getSourceUnit().getName() + messages.get("dispatch.party.sourceUnitSuffix");
    };
  }

  /**
   * P-15: one party's answer on renewal, for the party and the dispatch of the task on this execution
   * (which must be this case's); declining needs no reason, but the text is kept. The one answering
   * must be of that party — the district's department, the commissioner (or their district when they
   * have no login), the source unit — unless the system or an administrator acts.
   */
  public void recordRenewalOpinion(String processInstanceId, String executionId, String decision, String comment,
      Optional<CurrentUser> caller) {
    Dispatch d = ofCase(processInstanceId);
    RenewalOpinionTask task = renewalTask(executionId);
    if (!task.getDispatchId().equals(d.getId())) {
      throw new IllegalStateException("renewal task " + executionId + " is not of dispatch " + d.getId());
    }
    if (caller.isPresent() && !answersFor(caller.get(), d, task.getParty())) {
      throw new ProcessRuleViolation(DispatchContract.RENEWAL_DECISION.name(),
          messages.get("dispatch.renewal.notYourParty", partyName(d, task.getParty())));
    }
    if (!DispatchContract.AGREE.equals(decision) && !DispatchContract.DECLINE.equals(decision)) {
      throw new ProcessRuleViolation(DispatchContract.RENEWAL_DECISION.name(),
          messages.get("dispatch.renewal.decisionRequired"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && Characters.count(text) > 1000) {
      throw new ProcessRuleViolation(DispatchContract.RENEWAL_COMMENT.name(), messages.get("dispatch.renewal.tooLong", 1000));
    }
    String userId = caller.map(CurrentUser::userId).orElse("system");
    opinions.save(new RenewalOpinion(d.getId(), task.getParty(), decision, text, userId, EngineClock.now()));
  }

  private static boolean answersFor(CurrentUser user, Dispatch d, Party party) {
    if (user.groupIds().contains(Groups.ADMIN)) {
      return true;
    }
    String district = d.getDistrict().getCode();
    String commissioner = d.getCommissioner().getUserId();
    return switch (party) {
      case DISTRICT -> user.districtCodes().contains(district);
      case SOURCE_UNIT -> user.sourceUnitCodes().contains(d.getSourceUnit().getCode());
      case COMMISSIONER -> user.userId().equals(commissioner)
          || (commissioner == null || commissioner.isBlank()) && user.districtCodes().contains(district);
    };
  }

  /** Renewal needs the agreement of all three parties (P-15: 经协商同意). */
  @Transactional(readOnly = true)
  public boolean renewalAgreed(Long dispatchId) {
    List<RenewalOpinion> answers = opinions.findByDispatchIdOrderById(dispatchId);
    return answers.size() == Party.values().length && answers.stream().allMatch(RenewalOpinion::agrees);
  }

  /** The district signs the renewal agreement of the dispatch; the new term starts where this one ends. */
  public Agreement signRenewal(Dispatch d, String agreementNo, DateEntry signedOn, String userId,
      String processInstanceId) {
    return agreementService.renew(d.getAgreement().getId(), agreementNo, signedOn, userId, processInstanceId,
        DispatchContract.RENEWAL_AGREEMENT_NO, DispatchContract.RENEWAL_SIGNED_ON);
  }

  /**
   * P-15: the old dispatch is renewed under the renewal agreement its district signed; the new one
   * starts where it ended, serving the same enterprises.
   */
  public Dispatch renew(Long dispatchId) {
    Dispatch old = get(dispatchId);
    if (old.getStatus() == DispatchStatus.TERMINATED) {
      return old;   // ended meanwhile for confirmed misconduct (P-17): nothing to renew
    }
    Agreement renewal = agreements.findByPreviousId(old.getAgreement().getId())
        .orElseThrow(() -> new IllegalStateException("no renewal agreement of dispatch " + dispatchId));
    old.end(DispatchStatus.RENEWED, messages.get("dispatch.renewed"), EngineClock.now());
    dispatches.flush();
    return start(renewal.getId(), old.getEnterpriseIds());
  }

  /** The term ran out without renewal. */
  public void complete(Long dispatchId) {
    get(dispatchId).end(DispatchStatus.COMPLETED, messages.get("dispatch.completed"), EngineClock.now());
  }
}
