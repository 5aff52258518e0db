package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductVariables.*;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * P-17: a misconduct report must name a running dispatch that the reporter manages (P-14: the
 * district of the dispatch, an enterprise it serves, or the city), a category of P-17, facts an
 * investigator can work with, the day it happened (inside the dispatch, not in the future) and the
 * evidence. Every problem is named at once, field by field, and nothing is written when one is
 * found; on success the case is written (REPORTED), the district may read it, and the case gets its
 * business key {@code WJ-<dispatch id>-<case id>} and title.
 */
@Component("validateMisconductReport")
public class ValidateMisconductReport implements JavaDelegate {

  static final int FACTS_MAX = 4000;
  static final int EVIDENCE_MAX = 2000;

  private final DispatchRepository dispatches;
  private final EnterpriseRepository enterprises;
  private final MisconductCaseRepository cases;
  private final MisconductService service;
  private final MisconductProperties properties;
  private final Messages messages;

  public ValidateMisconductReport(DispatchRepository dispatches, EnterpriseRepository enterprises,
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
    VariableReader in = new VariableReader(execution);
    List<Problem> problems = new ArrayList<>();
    CurrentUser reporter = reporter(execution, in);

    String dispatchField = in.text(DISPATCH_ID) != null && in.text(AGREEMENT_NO) == null ? DISPATCH_ID : AGREEMENT_NO;
    Dispatch dispatch = dispatch(in, dispatchField, problems);
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
    MisconductCategory category = category(in, problems);
    String facts = facts(in, problems);
    LocalDate occurredOn = occurredOn(in, dispatch, problems);
    String evidence = evidence(in, problems);

    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }

    MisconductCase written = cases.saveAndFlush(new MisconductCase(dispatch, category, facts, occurredOn, evidence,
        reporter.userId(), role, enterprise == null ? null : enterprise.getId(), EngineClock.now(),
        execution.getProcessInstanceId()));
    execution.setVariables(service.caseVariables(written, reporterLabel(role, enterprise, dispatch)));
    execution.setVariable(REPORTER_USER_ID, reporter.userId());
    execution.setVariable(REPORTER_GROUP_ID, switch (role) {
      case CITY -> Groups.CITY;
      case DISTRICT -> Groups.district(dispatch.getDistrict().getCode());
      case ENTERPRISE -> null;
    });
    execution.setVariable(INVESTIGATION_DUE, EngineClock.dueAfter(properties.investigationPeriod()));
    execution.setProcessBusinessKey(service.caseNumber(written));
    service.grantDistrictRead(execution.getProcessInstanceId(), dispatch.getDistrict().getCode());
  }

  /** Who reports: the authenticated caller with their groups (Tasklist, REST), else the initiator's groups. */
  private CurrentUser reporter(DelegateExecution execution, VariableReader in) {
    IdentityService identity = execution.getProcessEngineServices().getIdentityService();
    Authentication auth = identity.getCurrentAuthentication();
    if (auth != null && auth.getUserId() != null) {
      List<String> groups = auth.getGroupIds() != null ? auth.getGroupIds()
          : identity.createGroupQuery().groupMember(auth.getUserId()).list().stream().map(Group::getId).toList();
      return new CurrentUser(auth.getUserId(), groups);
    }
    String initiator = in.text(INITIATOR);
    if (initiator == null) {
      return null;
    }
    return new CurrentUser(initiator,
        identity.createGroupQuery().groupMember(initiator).list().stream().map(Group::getId).toList());
  }

  /** The running dispatch named by its agreement number (Tasklist) or its id (REST). */
  private Dispatch dispatch(VariableReader in, String field, List<Problem> problems) {
    Optional<Long> id;
    if (DISPATCH_ID.equals(field)) {
      try {
        id = Optional.ofNullable(in.number(DISPATCH_ID));
      } catch (NumberFormatException e) {
        problems.add(problem(DISPATCH_ID, "misconduct.report.dispatchNotANumber", in.text(DISPATCH_ID)));
        return null;
      }
    } else {
      String agreementNo = in.text(AGREEMENT_NO);
      if (agreementNo == null) {
        problems.add(problem(AGREEMENT_NO, "misconduct.report.dispatchRequired"));
        return null;
      }
      id = cases.findDispatchIdByAgreementNo(agreementNo.strip());
      if (id.isEmpty()) {
        problems.add(problem(AGREEMENT_NO, "misconduct.report.agreementUnknown", agreementNo.strip()));
        return null;
      }
    }
    Optional<Dispatch> dispatch = id.flatMap(dispatches::findWithDetailsById);
    if (dispatch.isEmpty()) {
      problems.add(problem(field, "misconduct.report.dispatchUnknown", in.text(field)));
      return null;
    }
    if (!dispatch.get().isActive()) {
      problems.add(problem(field, "misconduct.report.dispatchNotActive", dispatch.get().getBusinessKey()));
      return null;
    }
    return dispatch.get();
  }

  private MisconductCategory category(VariableReader in, List<Problem> problems) {
    String value = in.text(CATEGORY);
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

  private String facts(VariableReader in, List<Problem> problems) {
    String facts = in.text(FACTS);
    int min = properties.factsMinLength();
    if (facts == null) {
      problems.add(problem(FACTS, "misconduct.report.factsRequired", min, FACTS_MAX));
      return null;
    }
    facts = facts.strip();
    if (facts.length() < min || facts.length() > FACTS_MAX) {
      problems.add(problem(FACTS, "misconduct.report.factsLength", min, FACTS_MAX, facts.length()));
      return null;
    }
    return facts;
  }

  /** Not in the future, and not before the dispatch began (what happened before is not this dispatch's). */
  private LocalDate occurredOn(VariableReader in, Dispatch dispatch, List<Problem> problems) {
    LocalDate day;
    try {
      day = in.date(OCCURRED_ON);
    } catch (DateTimeParseException e) {
      problems.add(problem(OCCURRED_ON, "misconduct.report.dateInvalid", in.text(OCCURRED_ON)));
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

  private String evidence(VariableReader in, List<Problem> problems) {
    String evidence = in.text(EVIDENCE);
    if (evidence == null) {
      problems.add(problem(EVIDENCE, "misconduct.report.evidenceRequired", EVIDENCE_MAX));
      return null;
    }
    evidence = evidence.strip();
    if (evidence.length() > EVIDENCE_MAX) {
      problems.add(problem(EVIDENCE, "misconduct.report.evidenceTooLong", EVIDENCE_MAX, evidence.length()));
      return null;
    }
    return evidence;
  }

  private String reporterLabel(ReporterRole role, Enterprise enterprise, Dispatch dispatch) {
    return switch (role) {
      case CITY -> messages.get("misconduct.reporter.city");
      case DISTRICT -> dispatch.getDistrict().getName() + messages.get("misconduct.reporter.districtSuffix");
      case ENTERPRISE -> enterprise.getName();
    };
  }

  private Problem problem(String field, String key, Object... args) {
    return new Problem(field, messages.get(key, args));
  }
}
