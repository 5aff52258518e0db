package cn.suzhou.shuanglian.misconduct;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchContract;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.CaseReaders;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Misconduct cases (违纪处理, P-17): what their tasks show, the district's findings, the city's decision
 * and what it does — a confirmed case with 终止派驻 ends the running dispatch by correlating the message
 * {@value DispatchContract#MISCONDUCT_CONFIRMED} to the dispatch's case (which leaves its service years
 * or its renewal and tells the source unit), or, when no dispatch case waits for it, ends the dispatch
 * record itself; 列入禁派 bars the person from every later round (the P-18 bar); all in the
 * transaction of the city's decision. Who may read a case, and the reporter masked for the others.
 *
 * <p>A case is the row linked to its process instance ({@link #ofCase}), never an id read back from a
 * variable.
 */
@Service
@Transactional
public class MisconductService {

  private final MisconductCaseRepository cases;
  private final Dispatches dispatches;
  private final RuntimeService runtimeService;
  private final CaseReaders caseReaders;
  private final EngineAsSystem engineAsSystem;
  private final MisconductProperties properties;
  private final Messages messages;

  public MisconductService(MisconductCaseRepository cases, Dispatches dispatches,
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

  /** The case number people quote and the business key: 违纪-&lt;dispatch id&gt;-&lt;case id&gt;. */
  public String caseNumber(MisconductCase c) {
    return "违纪-" + c.getDispatch().getId() + "-" + c.getId();
  }

  @Transactional(readOnly = true)
  public MisconductCase get(Long caseId) {
    return cases.findWithDispatchById(caseId).orElseThrow();
  }

  /** The case of a misconductCase process instance. */
  @Transactional(readOnly = true)
  public MisconductCase ofCase(String processInstanceId) {
    return cases.findWithDispatchByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no misconduct case for " + processInstanceId));
  }

  /** What every task of a case shows (Tasklist columns, form texts). */
  public record CaseContext(Long caseId, String caseNumber, Long dispatchId, String agreementNo, String dispatchKey,
      String caseTitle, String category, String categoryLabel, String facts, LocalDate occurredOn, String evidence,
      String districtCode, String districtName, String commissionerName, String sourceUnitCode, String sourceUnitName,
      String reporterUserId, String reporterGroupId, String reporterLabel, Date investigationDue) {}

  /**
   * What every task of the case shows; the reporter's label names their role (the city, the district's
   * department, the enterprise), their group (besides themself) takes over their outcome task.
   */
  @Transactional(readOnly = true)
  public CaseContext caseContext(MisconductCase c, String enterpriseName) {
    Dispatch d = c.getDispatch();
    return new CaseContext(c.getId(), caseNumber(c), d.getId(), d.getAgreement().getAgreementNo(), d.getBusinessKey(),
        messages.get("misconduct.caseTitle", caseNumber(c), d.getCommissioner().getName(), d.getDistrict().getName(),
            c.getCategory().label()),
        c.getCategory().name(), c.getCategory().label(), c.getFacts(), c.getOccurredOn(), c.getEvidence(),
        d.getDistrict().getCode(), d.getDistrict().getName(), d.getCommissioner().getName(), d.getSourceUnit().getCode(),
        d.getSourceUnit().getName(), c.getReporterUserId(), switch (c.getReporterRole()) {
          case CITY -> Groups.CITY;
          case DISTRICT -> Groups.district(d.getDistrict().getCode());
          case ENTERPRISE -> null;
        }, switch (c.getReporterRole()) {
          case CITY -> messages.get("misconduct.reporter.city");
          case DISTRICT -> d.getDistrict().getName() + messages.get("misconduct.reporter.districtSuffix");
          case ENTERPRISE -> enterpriseName;
        }, EngineClock.dueAfter(properties.investigationPeriod()));
  }

  /** The district of the dispatch reads the case (P-14; the city reads every case by its own grant). */
  public void grantDistrictRead(String processInstanceId, String districtCode) {
    caseReaders.grant(processInstanceId, Groups.district(districtCode));
  }

  /** What the city's decision task shows of the district's findings. */
  public record Investigation(String findingLabel, String recommendedLabel, boolean recommendBar, Date decisionDue) {}

  /** P-17: the district's findings (查实 / 不实) and recommendation on the case. */
  public Investigation recordInvestigation(String processInstanceId, boolean substantiated, String findings,
      MisconductMeasure recommended, boolean recommendBar, String userId) {
    MisconductCase c = ofCase(processInstanceId);
    c.investigated(substantiated, findings, recommended, substantiated && recommendBar, userId, EngineClock.now());
    return new Investigation(messages.get(substantiated ? "misconduct.finding.substantiated"
        : "misconduct.finding.unsubstantiated"), recommended.label()
        + (substantiated && recommendBar ? messages.get("misconduct.recommend.barSuffix") : ""),
        substantiated && recommendBar, EngineClock.dueAfter(properties.decisionPeriod()));
  }

  /**
   * What the reporter and the source unit read of a decision, and whether this case must tell the
   * source unit itself (not when the dispatch's case does so on its termination).
   */
  public record Outcome(String text, boolean informSourceUnit) {}

  /**
   * P-17 (P-18 for the bar): applies the city's decision to the case, the dispatch and the person, in
   * this transaction: the case is decided first, then a running dispatch is ended for it (by message
   * to its case, which reads the case's reason from the domain).
   */
  public Outcome applyDecision(String processInstanceId, boolean confirm, MisconductMeasure measure, boolean bar,
      String reason, String userId) {
    MisconductCase c = ofCase(processInstanceId);
    Dispatch d = c.getDispatch();
    Instant now = EngineClock.now();
    String number = caseNumber(c);
    if (!confirm) {
      c.dismissed(reason, userId, now);
      return new Outcome(messages.get("misconduct.outcome.dismissed", number, reason), false);
    }
    if (bar) {
      Commissioner person = d.getCommissioner();
      person.bar(messages.get("misconduct.barredReason", number, c.getCategory().label(), reason));
    }
    DispatchOutcome outcome = measure != MisconductMeasure.TERMINATE_DISPATCH ? DispatchOutcome.CONTINUES
        : d.isActive() ? DispatchOutcome.TERMINATED : DispatchOutcome.ALREADY_ENDED;
    c.confirmed(measure, bar, reason, userId, now, outcome);
    boolean dispatchCaseInforms = outcome == DispatchOutcome.TERMINATED && endRunningDispatch(d, c, now);
    String text = messages.get("misconduct.outcome.confirmed", number, c.getCategory().label(), measure.label(),
        reason);
    if (outcome == DispatchOutcome.ALREADY_ENDED) {
      text += messages.get("misconduct.outcome.alreadyEnded", messages.get("misconduct.dispatchStatus." + d.getStatus()));
    }
    if (bar) {
      text += messages.get("misconduct.outcome.barred");
    }
    return new Outcome(text, !dispatchCaseInforms);
  }

  /** Why a dispatch ended for this confirmed case: its number, category and the city's reason. */
  public String terminationReason(MisconductCase c) {
    return messages.get("misconduct.terminationReason", caseNumber(c), c.getCategory().label(), c.getDecisionReason());
  }

  /**
   * Ends the running dispatch: the message to its case, which waits in its service years or its
   * renewal (an interrupting message boundary event there ends the record and tells the source unit);
   * when its case waits nowhere for it (between two steps of the renewal, or no case), the record is
   * ended here and the renewal then finds it ended. Returns whether the dispatch's case took it.
   */
  private boolean endRunningDispatch(Dispatch d, MisconductCase c, Instant now) {
    List<MessageCorrelationResult> taken = d.getProcessInstanceId() == null ? List.of()
        : engineAsSystem.call(() -> runtimeService.createMessageCorrelation(DispatchContract.MISCONDUCT_CONFIRMED)
            .processInstanceId(d.getProcessInstanceId())
            .correlateAllWithResult());
    if (!taken.isEmpty()) {
      return true;
    }
    d.end(DispatchStatus.TERMINATED, terminationReason(c), now);
    return false;
  }

  /**
   * P-17: the dispatch's case, interrupted by the message, ends its dispatch with the reason of the
   * confirmed case that ended it; returns that reason for the source unit's notice.
   */
  public String terminateDispatch(String dispatchProcessInstanceId) {
    Dispatch d = dispatches.findWithDetailsByProcessInstanceId(dispatchProcessInstanceId).orElseThrow();
    MisconductCase c = cases.findFirstByDispatchIdAndDispatchOutcomeOrderByIdDesc(d.getId(), DispatchOutcome.TERMINATED)
        .orElseThrow(() -> new IllegalStateException("no confirmed misconduct case ended dispatch " + d.getId()));
    String reason = terminationReason(c);
    d.end(DispatchStatus.TERMINATED, reason, EngineClock.now());
    return reason;
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

  /**
   * A page of the cases the caller may read ({@link #readableBy} as a condition of the query, so that the
   * page and its total count hold only those), of the district and status when given, newest first.
   */
  @Transactional(readOnly = true)
  public Page<MisconductCaseView> readable(CurrentUser user, String districtCode, MisconductStatus status,
      Pageable pageable) {
    Specification<MisconductCase> condition = (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      if (!user.readsAllDistricts()) {
        List<Predicate> any = new ArrayList<>();
        if (!user.districtCodes().isEmpty()) {
          any.add(root.get("districtCode").in(user.districtCodes()));
        }
        if (!user.sourceUnitCodes().isEmpty()) {
          any.add(root.get("sourceUnitCode").in(user.sourceUnitCodes()));
        }
        any.add(cb.equal(root.get("reporterUserId"), user.userId()));
        any.add(cb.equal(root.get("dispatch").get("commissioner").get("userId"), user.userId()));
        all.add(cb.or(any.toArray(Predicate[]::new)));
      }
      if (districtCode != null) {
        all.add(cb.equal(root.get("districtCode"), districtCode));
      }
      if (status != null) {
        all.add(cb.equal(root.get("status"), status));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
    return cases.findAll(condition, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
        Sort.by(Sort.Direction.DESC, "id"))).map(c -> view(user, c));
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
