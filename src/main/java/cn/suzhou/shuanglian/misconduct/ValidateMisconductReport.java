package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductContract.*;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.misconduct.MisconductService.CaseContext;
import cn.suzhou.shuanglian.platform.process.EngineCaller;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-17: a misconduct report must name a running dispatch that the reporter manages (P-14: the
 * district of the dispatch, an enterprise it serves, or the city), a category of P-17, facts an
 * investigator can work with, the day it happened (inside the dispatch, not in the future) and the
 * evidence. Every problem is named at once, field by field, and nothing is written when one is
 * found; on success the case is written (REPORTED), the district may read it, and the case gets its
 * business key {@code 违纪-<dispatch id>-<case id>} and title. The reporter is the authenticated user who
 * starts the case — never a variable; the dispatch is looked up in the domain.
 */
@Component("validateMisconductReport")
public class ValidateMisconductReport implements JavaDelegate {

  static final int FACTS_MAX = 4000;
  static final int EVIDENCE_MAX = 2000;

  private final Dispatches dispatches;
  private final Enterprises enterprises;
  private final MisconductCaseRepository cases;
  private final MisconductService service;
  private final MisconductProperties properties;
  private final Messages messages;

  public ValidateMisconductReport(Dispatches dispatches, Enterprises enterprises,
      MisconductCaseRepository cases, MisconductService service, MisconductProperties properties, Messages messages) {
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.cases = cases;
    this.service = service;
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    CurrentUser reporter = EngineCaller.of(execution.getProcessEngineServices()).orElse(null);

    Var<?> dispatchField = entered(execution, DISPATCH_ID) != null && AGREEMENT_NO.from(execution) == null
        ? DISPATCH_ID : AGREEMENT_NO;
    Dispatch dispatch = dispatch(execution, dispatchField, problems);
    ReporterRole role = null;
    Enterprise enterprise = null;
    if (dispatch != null) {
      if (reporter == null) {
        problems.add(problem(dispatchField, "misconduct.report.notManaged", dispatch.getBusinessKey()));
      } else if (reporter.isCity()) {
        role = ReporterRole.CITY;
      } else if (reporter.districtCodes().contains(dispatch.getDistrict().getCode())) {
        role = ReporterRole.DISTRICT;
      } else {
        enterprise = enterprises.findByContactUserId(reporter.userId()).stream()
            .filter(e -> dispatch.serves(e.getId())).findFirst().orElse(null);
        if (enterprise != null) {
          role = ReporterRole.ENTERPRISE;
        } else {
          problems.add(problem(dispatchField, "misconduct.report.notManaged", dispatch.getBusinessKey()));
        }
      }
    }
    MisconductCategory category = category(execution, problems);
    String facts = facts(execution, problems);
    LocalDate occurredOn = occurredOn(execution, dispatch, problems);
    String evidence = evidence(execution, problems);

    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }

    MisconductCase written = cases.saveAndFlush(new MisconductCase(dispatch, category, facts, occurredOn, evidence,
        reporter.userId(), role, enterprise == null ? null : enterprise.getId(), EngineClock.now(),
        execution.getProcessInstanceId()));
    CaseContext c = service.caseContext(written, enterprise == null ? null : enterprise.getName());
    CASE_ID.set(execution, c.caseId());
    DISPATCH_ID.set(execution, c.dispatchId());
    AGREEMENT_NO.set(execution, c.agreementNo());
    DISPATCH_KEY.set(execution, c.dispatchKey());
    CASE_TITLE.set(execution, c.caseTitle());
    CATEGORY.set(execution, c.category());
    CATEGORY_LABEL.set(execution, c.categoryLabel());
    FACTS.set(execution, c.facts());
    OCCURRED_ON.set(execution, c.occurredOn());
    EVIDENCE.set(execution, c.evidence());
    DISTRICT_CODE.set(execution, c.districtCode());
    DISTRICT_NAME.set(execution, c.districtName());
    APPLICANT_NAME.set(execution, c.commissionerName());
    COMMISSIONER_NAME.set(execution, c.commissionerName());
    SOURCE_UNIT_CODE.set(execution, c.sourceUnitCode());
    SOURCE_UNIT_NAME.set(execution, c.sourceUnitName());
    REPORTER_LABEL.set(execution, c.reporterLabel());
    REPORTER_USER_ID.set(execution, c.reporterUserId());
    REPORTER_GROUP_ID.set(execution, c.reporterGroupId());
    INVESTIGATION_DUE.set(execution, c.investigationDue());
    execution.setProcessBusinessKey(c.caseNumber());
    service.grantDistrictRead(execution.getProcessInstanceId(), c.districtCode());
  }

  /** The running dispatch named by its agreement number (Tasklist) or its id (REST). */
  private Dispatch dispatch(DelegateExecution execution, Var<?> field, List<Problem> problems) {
    Optional<Long> id;
    if (field == DISPATCH_ID) {
      try {
        id = Optional.ofNullable(DISPATCH_ID.from(execution));
      } catch (NumberFormatException e) {
        problems.add(problem(DISPATCH_ID, "misconduct.report.dispatchNotANumber", entered(execution, DISPATCH_ID)));
        return null;
      }
    } else {
      String agreementNo = AGREEMENT_NO.from(execution);
      if (agreementNo == null) {
        problems.add(problem(AGREEMENT_NO, "misconduct.report.dispatchRequired"));
        return null;
      }
      id = cases.findDispatchIdByAgreementNo(agreementNo);
      if (id.isEmpty()) {
        problems.add(problem(AGREEMENT_NO, "misconduct.report.agreementUnknown", agreementNo));
        return null;
      }
    }
    Optional<Dispatch> dispatch = id.flatMap(dispatches::findWithDetailsById);
    if (dispatch.isEmpty()) {
      problems.add(problem(field, "misconduct.report.dispatchUnknown", entered(execution, field)));
      return null;
    }
    if (!dispatch.get().isActive()) {
      problems.add(problem(field, "misconduct.report.dispatchNotActive", dispatch.get().getBusinessKey()));
      return null;
    }
    return dispatch.get();
  }

  /** What was entered for the field, as text (for a refusal that names it); null when nothing was. */
  private static String entered(DelegateExecution execution, Var<?> field) {
    Object value = field.raw(execution);
    String text = value == null ? null : value.toString().strip();
    return text == null || text.isEmpty() ? null : text;
  }

  private MisconductCategory category(DelegateExecution execution, List<Problem> problems) {
    String value = CATEGORY.from(execution);
    if (value == null) {
      problems.add(problem(CATEGORY, "misconduct.report.categoryRequired"));
      return null;
    }
    try {
      return MisconductCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      problems.add(problem(CATEGORY, "misconduct.report.categoryUnknown", value));
      return null;
    }
  }

  private String facts(DelegateExecution execution, List<Problem> problems) {
    String facts = FACTS.from(execution);
    int min = properties.factsMinLength();
    if (facts == null) {
      problems.add(problem(FACTS, "misconduct.report.factsRequired", min, FACTS_MAX));
      return null;
    }
    if (Characters.count(facts) < min || Characters.count(facts) > FACTS_MAX) {
      problems.add(problem(FACTS, "misconduct.report.factsLength", min, FACTS_MAX, Characters.count(facts)));
      return null;
    }
    return facts;
  }

  /** Not in the future, and not before the dispatch began (what happened before is not this dispatch's). */
  private LocalDate occurredOn(DelegateExecution execution, Dispatch dispatch, List<Problem> problems) {
    LocalDate day;
    try {
      day = OCCURRED_ON.from(execution);
    } catch (DateTimeParseException e) {
      problems.add(problem(OCCURRED_ON, "misconduct.report.dateInvalid", entered(execution, OCCURRED_ON)));
      return null;
    }
    if (day == null) {
      problems.add(problem(OCCURRED_ON, "misconduct.report.dateRequired"));
      return null;
    }
    LocalDate today = EngineClock.today();
    if (day.isAfter(today)) {
      problems.add(problem(OCCURRED_ON, "misconduct.report.dateFuture", day, today));
      return null;
    }
    if (dispatch != null && day.isBefore(dispatch.getTermStart())) {
      problems.add(problem(OCCURRED_ON, "misconduct.report.dateBeforeTerm", day, dispatch.getTermStart()));
      return null;
    }
    return day;
  }

  private String evidence(DelegateExecution execution, List<Problem> problems) {
    String evidence = EVIDENCE.from(execution);
    if (evidence == null) {
      problems.add(problem(EVIDENCE, "misconduct.report.evidenceRequired", EVIDENCE_MAX));
      return null;
    }
    if (Characters.count(evidence) > EVIDENCE_MAX) {
      problems.add(problem(EVIDENCE, "misconduct.report.evidenceTooLong", EVIDENCE_MAX, Characters.count(evidence)));
      return null;
    }
    return evidence;
  }

  private Problem problem(Var<?> field, String key, Object... args) {
    return new Problem(field.name(), messages.get(key, args));
  }
}
