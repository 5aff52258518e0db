package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.agreement.AgreementService;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.RenewalOpinion.Party;
import cn.suzhou.shuanglian.evaluation.Grade;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.CaseReaders;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.TaskCandidates;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordService;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The two-year dispatch of a signed agreement (派驻服务, P-14, P-15, P-18): starts it with its case in
 * the engine, tells when each service year ends, watches the confirmed service time, ends it on an
 * unqualified grade (barring the person), and carries the renewal (续派) at the end of the term.
 */
@Service
@Transactional
public class DispatchService {

  public static final String PROCESS_KEY = "commissionerDispatch";

  private final DispatchRepository dispatches;
  private final AgreementRepository agreements;
  private final AgreementService agreementService;
  private final RenewalOpinionRepository opinions;
  private final ServiceRecordService serviceRecords;
  private final TaskCandidates candidates;
  private final DispatchProperties properties;
  private final RuntimeService runtimeService;
  private final CaseReaders caseReaders;
  private final EngineAsSystem engineAsSystem;
  private final Messages messages;

  public DispatchService(DispatchRepository dispatches, AgreementRepository agreements,
      AgreementService agreementService, RenewalOpinionRepository opinions, ServiceRecordService serviceRecords,
      TaskCandidates candidates, DispatchProperties properties, @Lazy RuntimeService runtimeService,
      CaseReaders caseReaders, EngineAsSystem engineAsSystem, Messages messages) {
    this.dispatches = dispatches;
    this.agreements = agreements;
    this.agreementService = agreementService;
    this.opinions = opinions;
    this.serviceRecords = serviceRecords;
    this.candidates = candidates;
    this.properties = properties;
    this.runtimeService = runtimeService;
    this.caseReaders = caseReaders;
    this.engineAsSystem = engineAsSystem;
    this.messages = messages;
  }

  /**
   * Starts the dispatch of a signed agreement (once: a retried job finds it) serving the given
   * enterprises; its case's business key names the agreement, commissioner and district. The
   * district and the source unit may read the case (P-14).
   */
  public Dispatch start(Long agreementId, Set<Long> enterpriseIds) {
    Dispatch existing = dispatches.findByAgreementId(agreementId).orElse(null);
    if (existing != null) {
      return existing;
    }
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    Dispatch dispatch = dispatches.saveAndFlush(new Dispatch(agreement, enterpriseIds));
    ProcessInstance instance = engineAsSystem.call(() -> runtimeService.startProcessInstanceByKey(PROCESS_KEY,
        dispatch.getBusinessKey(), Map.of("dispatchId", dispatch.getId())));
    dispatch.started(instance.getId());
    caseReaders.grant(instance.getId(), Groups.district(dispatch.getDistrict().getCode()));
    caseReaders.grant(instance.getId(), Groups.sourceUnit(dispatch.getSourceUnit().getCode()));
    return dispatch;
  }

  @Transactional(readOnly = true)
  public Dispatch get(Long dispatchId) {
    return dispatches.findWithDetailsById(dispatchId).orElseThrow();
  }

  /** What every task of the dispatch shows in Tasklist's columns and texts. */
  @Transactional(readOnly = true)
  public Map<String, Object> caseVariables(Long dispatchId) {
    Dispatch d = get(dispatchId);
    Map<String, Object> v = new HashMap<>();
    v.put("caseTitle", messages.get("dispatch.caseTitle", d.getCommissioner().getName(), d.getDistrict().getName(),
        d.getTermStart(), d.getTermEnd().minusDays(1)));
    v.put("districtCode", d.getDistrict().getCode());
    v.put("districtName", d.getDistrict().getName());
    v.put("applicantName", d.getCommissioner().getName());
    v.put("commissionerName", d.getCommissioner().getName());
    v.put("commissionerUserId", d.getCommissioner().getUserId());
    v.put("sourceUnitCode", d.getSourceUnit().getCode());
    v.put("sourceUnitName", d.getSourceUnit().getName());
    v.put("termStartDate", d.getTermStart().toString());
    v.put("termEndDate", d.getTermEnd().minusDays(1).toString());
    v.put("termYears", properties.termYears());
    v.put("minServiceDays", properties.minServiceDays());
    return v;
  }

  /** The service years of the term: 1, 2. */
  @Transactional(readOnly = true)
  public List<Integer> years(Long dispatchId) {
    return java.util.stream.IntStream.rangeClosed(1, properties.termYears()).boxed().toList();
  }

  /** When service year {@code year} ends: midnight (Asia/Shanghai) of its anniversary. */
  @Transactional(readOnly = true)
  public Date yearEnd(Long dispatchId, int year) {
    return EngineClock.startOf(properties.yearEnd(get(dispatchId).getTermStart(), year));
  }

  /** When the service time of year {@code year} is checked: the reminder lead time before it ends. */
  @Transactional(readOnly = true)
  public Date reminderAt(Long dispatchId, int year) {
    LocalDate termStart = get(dispatchId).getTermStart();
    LocalDate start = properties.yearStart(termStart, year);
    LocalDate at = properties.yearEnd(termStart, year).minus(properties.reminderBefore());
    return EngineClock.startOf(at.isBefore(start) ? start : at);
  }

  /** P-15: the service time of a year before it ends — what the reminders show, and whether one is due. */
  @Transactional(readOnly = true)
  public Map<String, Object> serviceTime(Long dispatchId, int year) {
    Dispatch d = get(dispatchId);
    int confirmed = serviceRecords.tally(dispatchId, year).confirmedDays();
    int min = properties.minServiceDays();
    Map<String, Object> v = new HashMap<>();
    v.put("confirmedDays", confirmed);
    v.put("minServiceDays", min);
    v.put("shortDays", Math.max(0, min - confirmed));
    v.put("serviceDaysShort", d.isActive() && confirmed < min);
    v.put("yearEndDate", properties.yearEnd(d.getTermStart(), year).minusDays(1).toString());
    v.put("reminderAcknowledged", false);
    return v;
  }

  /**
   * P-18: an unqualified grade ends the dispatch at once and the person is never dispatched again
   * (the nomination table reads the barred flag); returns what the source unit's notice shows.
   */
  public Map<String, Object> terminateUnqualified(Long dispatchId, int year) {
    Dispatch d = get(dispatchId);
    String reason = messages.get("dispatch.terminated.unqualified", d.getAgreement().getRound().getRoundYear(),
        d.getDistrict().getName(), year);
    d.end(DispatchStatus.TERMINATED, reason, EngineClock.now());
    Commissioner c = d.getCommissioner();
    c.bar(reason);
    Map<String, Object> v = new HashMap<>();
    v.put("terminationReason", reason);
    v.put("serviceYear", year);
    v.put("gradeLabel", Grade.UNQUALIFIED.label());
    v.put("terminationAcknowledged", false);
    return v;
  }

  /** The three parties of a renewal, in the order their tasks are created. */
  public List<String> renewalParties() {
    return List.of(Party.DISTRICT.name(), Party.COMMISSIONER.name(), Party.SOURCE_UNIT.name());
  }

  /** The commissioner answers for themself (the task is theirs, in 我的待办), when they have a login. */
  @Transactional(readOnly = true)
  public String renewalAssignee(Long dispatchId, String party) {
    return Party.COMMISSIONER.name().equals(party) ? get(dispatchId).getCommissioner().getUserId() : null;
  }




  /** Which group answers for a party: the district's S&T department, the source unit. */
  @Transactional(readOnly = true)
  public List<String> renewalGroups(Long dispatchId, String party) {
    Dispatch d = get(dispatchId);
    if (Party.DISTRICT.name().equals(party)) {
      return List.of(Groups.district(d.getDistrict().getCode()));
    }
    if (Party.SOURCE_UNIT.name().equals(party)) {
      return List.of(Groups.sourceUnit(d.getSourceUnit().getCode()));
    }
    return candidates.districtIfNone(d.getCommissioner().getUserId(), d.getDistrict().getCode());
  }

  public String partyName(Long dispatchId, String party) {
    Dispatch d = get(dispatchId);
    return switch (Party.valueOf(party)) {
      case DISTRICT -> d.getDistrict().getName() + messages.get("dispatch.party.districtSuffix");
      case COMMISSIONER -> messages.get("dispatch.party.commissioner", d.getCommissioner().getName());
      case SOURCE_UNIT -> d.getSourceUnit().getName() + messages.get("dispatch.party.sourceUnitSuffix");
    };
  }

  /** P-15: one party's answer on renewal; declining needs no reason, but the text is kept. */
  public void recordRenewalOpinion(Long dispatchId, String party, String decision, String comment, String userId) {
    if (!"AGREE".equals(decision) && !"DECLINE".equals(decision)) {
      throw new ProcessRuleViolation("renewalDecision", messages.get("dispatch.renewal.decisionRequired"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (text != null && text.length() > 1000) {
      throw new ProcessRuleViolation("renewalComment", messages.get("dispatch.renewal.tooLong", 1000));
    }
    opinions.save(new RenewalOpinion(dispatchId, Party.valueOf(party), decision, text, userId, EngineClock.now()));
  }

  /** Renewal needs the agreement of all three parties (P-15: 经协商同意). */
  @Transactional(readOnly = true)
  public boolean renewalAgreed(Long dispatchId) {
    List<RenewalOpinion> answers = opinions.findByDispatchIdOrderById(dispatchId);
    return answers.size() == Party.values().length && answers.stream().allMatch(RenewalOpinion::agrees);
  }

  /** The district signs the renewal agreement; returns its id. */
  public Long signRenewal(Long dispatchId, String agreementNo, String signedOn, String userId,
      String processInstanceId) {
    Dispatch d = get(dispatchId);
    return agreementService.renew(d.getAgreement().getId(), agreementNo, signedOn, userId, processInstanceId,
        "renewalAgreementNo", "renewalSignedOn").getId();
  }

  /** P-15: the old dispatch is renewed; the new one starts where it ended, serving the same enterprises. */
  public Dispatch renew(Long dispatchId, Long renewalAgreementId) {
    Dispatch old = get(dispatchId);
    if (old.getStatus() == DispatchStatus.TERMINATED) {
      return old;   // ended meanwhile for confirmed misconduct (P-17): nothing to renew
    }
    old.end(DispatchStatus.RENEWED, messages.get("dispatch.renewed"), EngineClock.now());
    dispatches.flush();
    return start(renewalAgreementId, old.getEnterpriseIds());
  }

  /** The term ran out without renewal. */
  public void complete(Long dispatchId) {
    get(dispatchId).end(DispatchStatus.COMPLETED, messages.get("dispatch.completed"), EngineClock.now());
  }
}
