package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductVariables.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.CaseReaders;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Misconduct cases (违纪处理, P-17): what their tasks show, the district's findings, the city's decision
 * and what it does — a confirmed case with 终止派驻 ends the running dispatch by correlating the message
 * {@value MisconductVariables#MESSAGE_CONFIRMED} to the dispatch's case (which leaves its service years
 * or its renewal and tells the source unit), or, when no dispatch case waits for it, ends the dispatch
 * record itself; 列入禁派 bars the person from every later round (the P-18 bar); all in the
 * transaction of the city's decision. Who may read a case, and the reporter masked for the others.
 */
@Service
@Transactional
public class MisconductService {

  private final MisconductCaseRepository cases;
  private final DispatchRepository dispatches;
  private final RuntimeService runtimeService;
  private final CaseReaders caseReaders;
  private final EngineAsSystem engineAsSystem;
  private final MisconductProperties properties;
  private final Messages messages;

  public MisconductService(MisconductCaseRepository cases, DispatchRepository dispatches,
      @Lazy RuntimeService runtimeService, CaseReaders caseReaders,
      EngineAsSystem engineAsSystem, MisconductProperties properties, Messages messages) {
    this.cases = cases;
    this.dispatches = dispatches;
    this.runtimeService = runtimeService;
    this.caseReaders = caseReaders;
    this.engineAsSystem = engineAsSystem;
    this.properties = properties;
    this.messages = messages;
  }

  /** The case number people quote and the business key: WJ-&lt;dispatch id&gt;-&lt;case id&gt;. */
  public String caseNumber(MisconductCase c) {
    return "WJ-" + c.getDispatch().getId() + "-" + c.getId();
  }

  @Transactional(readOnly = true)
  public MisconductCase get(Long caseId) {
    return cases.findWithDispatchById(caseId).orElseThrow();
  }

  /** What every task of the case shows (Tasklist columns, form texts). */
  public Map<String, Object> caseVariables(MisconductCase c, String reporterLabel) {
    Dispatch d = c.getDispatch();
    Map<String, Object> v = new HashMap<>();
    v.put(CASE_ID, c.getId());
    v.put(DISPATCH_ID, d.getId());
    v.put(AGREEMENT_NO, d.getAgreement().getAgreementNo());
    v.put(DISPATCH_KEY, d.getBusinessKey());
    v.put(CASE_TITLE, messages.get("misconduct.caseTitle", caseNumber(c), d.getCommissioner().getName(),
        d.getDistrict().getName(), c.getCategory().label()));
    v.put(CATEGORY, c.getCategory().name());
    v.put(CATEGORY_LABEL, c.getCategory().label());
    v.put(FACTS, c.getFacts());
    v.put(OCCURRED_ON, c.getOccurredOn().toString());
    v.put(EVIDENCE, c.getEvidence());
    v.put(DISTRICT_CODE, d.getDistrict().getCode());
    v.put(DISTRICT_NAME, d.getDistrict().getName());
    v.put(APPLICANT_NAME, d.getCommissioner().getName());
    v.put(COMMISSIONER_NAME, d.getCommissioner().getName());
    v.put(SOURCE_UNIT_CODE, d.getSourceUnit().getCode());
    v.put(SOURCE_UNIT_NAME, d.getSourceUnit().getName());
    v.put(REPORTER_LABEL, reporterLabel);
    return v;
  }

  /** The district of the dispatch reads the case (P-14; the city reads every case by its own grant). */
  public void grantDistrictRead(String processInstanceId, String districtCode) {
    caseReaders.grant(processInstanceId, Groups.district(districtCode));
  }

  /** P-17: the district's findings (查实 / 不实) and recommendation; returns what the city's task shows. */
  public Map<String, Object> recordInvestigation(Long caseId, boolean substantiated, String findings,
      MisconductMeasure recommended, boolean recommendBar, String userId) {
    MisconductCase c = get(caseId);
    c.investigated(substantiated, findings, recommended, substantiated && recommendBar, userId, EngineClock.now());
    Map<String, Object> v = new HashMap<>();
    v.put(FINDING_LABEL, messages.get(substantiated ? "misconduct.finding.substantiated"
        : "misconduct.finding.unsubstantiated"));
    v.put(RECOMMENDED_LABEL, recommended.label()
        + (substantiated && recommendBar ? messages.get("misconduct.recommend.barSuffix") : ""));
    v.put(RECOMMEND_BAR, substantiated && recommendBar);
    v.put(DECISION_DUE, EngineClock.dueAfter(properties.decisionPeriod()));
    return v;
  }

  /**
   * P-17 (P-18 for the bar): applies the city's decision to the case, the dispatch and the person, in
   * this transaction. Returns the outcome text the reporter and the source unit read, and whether this
   * case must tell the source unit itself (not when the dispatch's case does so on its termination).
   */
  public Map<String, Object> applyDecision(Long caseId, boolean confirm, MisconductMeasure measure, boolean bar,
      String reason, String userId) {
    MisconductCase c = get(caseId);
    Dispatch d = c.getDispatch();
    Instant now = EngineClock.now();
    String number = caseNumber(c);
    Map<String, Object> v = new HashMap<>();
    if (!confirm) {
      c.dismissed(reason, userId, now);
      v.put(OUTCOME_TEXT, messages.get("misconduct.outcome.dismissed", number, reason));
      v.put(INFORM_SOURCE_UNIT, false);
      return v;
    }
    if (bar) {
      Commissioner person = d.getCommissioner();
      person.bar(messages.get("misconduct.barredReason", number, c.getCategory().label(), reason));
    }
    DispatchOutcome outcome = DispatchOutcome.CONTINUES;
    boolean dispatchCaseInforms = false;
    if (measure == MisconductMeasure.TERMINATE_DISPATCH) {
      if (d.isActive()) {
        String terminationReason = messages.get("misconduct.terminationReason", number, c.getCategory().label(), reason);
        dispatchCaseInforms = endRunningDispatch(d, c.getId(), terminationReason, now);
        outcome = DispatchOutcome.TERMINATED;
      } else {
        outcome = DispatchOutcome.ALREADY_ENDED;
      }
    }
    c.confirmed(measure, bar, reason, userId, now, outcome);
    String text = messages.get("misconduct.outcome.confirmed", number, c.getCategory().label(), measure.label(),
        reason);
    if (outcome == DispatchOutcome.ALREADY_ENDED) {
      text += messages.get("misconduct.outcome.alreadyEnded", messages.get("misconduct.dispatchStatus." + d.getStatus()));
    }
    if (bar) {
      text += messages.get("misconduct.outcome.barred");
    }
    v.put(OUTCOME_TEXT, text);
    v.put(INFORM_SOURCE_UNIT, !dispatchCaseInforms);
    return v;
  }

  /**
   * Ends the running dispatch: the message to its case, which waits in its service years or its
   * renewal (an interrupting message boundary event there ends the record and tells the source unit);
   * when its case waits nowhere for it (between two steps of the renewal), the record is ended here and
   * the renewal then finds it ended. Returns whether the dispatch's case took it.
   */
  private boolean endRunningDispatch(Dispatch d, Long caseId, String terminationReason, Instant now) {
    List<MessageCorrelationResult> taken = engineAsSystem.call(() -> runtimeService
        .createMessageCorrelation(MESSAGE_CONFIRMED)
        .processInstanceVariableEquals("dispatchId", d.getId())
        .setVariable(CASE_ID, caseId)
        .setVariable(TERMINATION_REASON, terminationReason)
        .correlateAllWithResult());
    if (!taken.isEmpty()) {
      return true;
    }
    d.end(DispatchStatus.TERMINATED, terminationReason, now);
    return false;
  }

  /** P-17: the dispatch's case, interrupted by the message, ends the record with the case's reason. */
  public Map<String, Object> terminateDispatch(Long dispatchId, String terminationReason) {
    Dispatch d = dispatches.findWithDetailsById(dispatchId).orElseThrow();
    d.end(DispatchStatus.TERMINATED, terminationReason, EngineClock.now());
    Map<String, Object> v = new HashMap<>();
    v.put("terminationAcknowledged", false);
    return v;
  }

  /** P-14, P-17: the city and process managers, the case's district, the source unit, the reporter, the commissioner. */
  public boolean readableBy(CurrentUser user, MisconductCase c) {
    return user.readsAllDistricts()
        || user.districtCodes().contains(c.getDistrictCode())
        || user.sourceUnitCodes().contains(c.getSourceUnitCode())
        || user.userId().equals(c.getReporterUserId())
        || user.userId().equals(c.getDispatch().getCommissioner().getUserId());
  }

  /**
   * Who may see who reported: the city, process managers, the case's district and the reporter — not the
   * commissioner concerned nor their source unit (those who report are protected).
   */
  public boolean seesReporter(CurrentUser user, MisconductCase c) {
    return user.readsAllDistricts() || user.districtCodes().contains(c.getDistrictCode())
        || user.userId().equals(c.getReporterUserId());
  }

  @Transactional(readOnly = true)
  public List<MisconductCaseView> readable(CurrentUser user, String districtCode, MisconductStatus status) {
    return cases.findAllByOrderByIdDesc().stream()
        .filter(c -> readableBy(user, c))
        .filter(c -> districtCode == null || districtCode.equals(c.getDistrictCode()))
        .filter(c -> status == null || status == c.getStatus())
        .map(c -> view(user, c))
        .toList();
  }

  @Transactional(readOnly = true)
  public MisconductCaseView view(CurrentUser user, MisconductCase c) {
    return MisconductCaseView.of(c, caseNumber(c), seesReporter(user, c));
  }

  /** A message in the caller's language. */
  public String message(String key, Object... args) {
    return messages.get(key, args);
  }
}
