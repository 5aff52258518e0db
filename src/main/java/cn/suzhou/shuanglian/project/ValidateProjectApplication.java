package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * P-19: a joint project must be a real joint project of a commissioner and the enterprise it serves
 * — the two in a running dispatch together (联合开展) — on one of the two municipal lines, with its
 * content, goals, budget and duration stated, and neither of the two may have filed one already
 * this year (one each a year, named with the earlier application). Every problem is reported at
 * once and nothing is written; on success the application is written (SUBMITTED), exempt from the
 * district's quota and with the review priority that puts it first in the queue. When two filings
 * race past the check, the database's unique keys keep one and this one is refused naming it.
 */
@Component("validateProjectApplication")
public class ValidateProjectApplication implements JavaDelegate {

  static final int TITLE_MIN = 5;
  static final int TITLE_MAX = 100;
  static final int CONTENT_MIN = 20;
  static final int CONTENT_MAX = 4000;
  static final int GOALS_MIN = 10;
  static final int GOALS_MAX = 2000;
  static final int MONTHS_MIN = 6;
  static final int MONTHS_MAX = 36;
  static final BigDecimal BUDGET_MAX = new BigDecimal("100000");

  private final CommissionerRepository commissioners;
  private final DispatchRepository dispatches;
  private final EnterpriseRepository enterprises;
  private final IndustryGroupRepository industryGroups;
  private final ProjectApplicationRepository applications;
  private final OneProjectAYear oneAYear;
  private final ProjectNumbers numbers;
  private final ProjectProperties properties;
  private final Messages messages;

  public ValidateProjectApplication(CommissionerRepository commissioners, DispatchRepository dispatches,
      EnterpriseRepository enterprises, IndustryGroupRepository industryGroups,
      ProjectApplicationRepository applications, OneProjectAYear oneAYear, ProjectNumbers numbers,
      ProjectProperties properties, Messages messages) {
    this.numbers = numbers;
    this.commissioners = commissioners;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.industryGroups = industryGroups;
    this.applications = applications;
    this.oneAYear = oneAYear;
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    List<Problem> problems = new ArrayList<>();
    int year = EngineClock.today().getYear();

    Dispatch dispatch = resolveDispatch(execution, in, problems);
    Enterprise enterprise = enterprise(in, dispatch, problems);
    String title = text(in, TITLE, TITLE_MIN, TITLE_MAX, problems);
    ProjectCategory category = category(in, problems);
    IndustryGroup group = industryGroup(in, problems);
    String content = text(in, CONTENT, CONTENT_MIN, CONTENT_MAX, problems);
    String goals = text(in, GOALS, GOALS_MIN, GOALS_MAX, problems);
    BigDecimal total = amount(in, TOTAL_BUDGET, false, problems);
    BigDecimal own = amount(in, ENTERPRISE_FUNDING, true, problems);
    if (total != null && own != null && own.compareTo(total) > 0) {
      problems.add(problem(ENTERPRISE_FUNDING, "project.funding.aboveTotal", own.toPlainString(), total.toPlainString()));
    }
    Integer months = months(in, problems);
    if (!in.isTrue(JOINT_PLEDGE)) {
      problems.add(problem(JOINT_PLEDGE, "project.pledge.required"));
    }
    Commissioner commissioner = dispatch == null ? null : dispatch.getCommissioner();
    List<Problem> taken = oneAYear.placesTaken(commissioner, enterprise, year, COMMISSIONER_ID, CREDIT_CODE);
    if (!problems.isEmpty() || !taken.isEmpty()) {
      List<Problem> all = new ArrayList<>(taken);
      all.addAll(problems);
      throw problems.isEmpty() ? new ProcessRuleConflict(all) : new ProcessRuleViolation(all);
    }

    String filedBy = ProcessActors.currentUserId(execution.getProcessEngineServices(),
        Optional.ofNullable(in.text(INITIATOR)).orElse("system"));
    ProjectApplication application;
    try {
      application = applications.saveAndFlush(new ProjectApplication(year, numbers.next(year), dispatch, enterprise, title, category,
          group, content, goals, total, own, months, properties.reviewPriority(), filedBy, EngineClock.now(),
          execution.getProcessInstanceId()));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException race) {
      throw new ProcessRuleConflict(oneAYear.afterRace(commissioner, enterprise, year, COMMISSIONER_ID, CREDIT_CODE));
    }

    String contact = enterprise.getContactUserId();
    boolean hasContact = contact != null && !contact.isBlank();
    execution.setVariable(APPLICATION_ID, application.getId());
    execution.setVariable(APPLICATION_NO, application.applicationNo());
    execution.setVariable(APPLICATION_YEAR, year);
    execution.setVariable(COMMISSIONER_ID, commissioner.getId());
    execution.setVariable(TITLE, title);
    execution.setVariable(CATEGORY, category.name());
    execution.setVariable(CATEGORY_LABEL, category.label());
    execution.setVariable(INDUSTRY_GROUP, group.getCode());
    execution.setVariable(INDUSTRY_GROUP_NAME, group.getName());
    execution.setVariable(CONTENT, content);
    execution.setVariable(GOALS, goals);
    execution.setVariable(TOTAL_BUDGET, total.doubleValue());
    execution.setVariable(ENTERPRISE_FUNDING, own.doubleValue());
    execution.setVariable(DURATION_MONTHS, months);
    execution.setVariable(CREDIT_CODE, enterprise.getCreditCode());
    execution.setVariable(ENTERPRISE_NAME, enterprise.getName());
    execution.setVariable(DISTRICT_CODE, dispatch.getDistrict().getCode());
    execution.setVariable(DISTRICT_NAME, dispatch.getDistrict().getName());
    execution.setVariable(APPLICANT_NAME, commissioner.getName());
    execution.setVariable(SOURCE_UNIT_NAME, commissioner.getSourceUnit().getName());
    execution.setVariable(COMMISSIONER_USER_ID, commissioner.getUserId());
    execution.setVariable(ENTERPRISE_USER_ID, hasContact ? contact : null);
    execution.setVariable(ENTERPRISE_GROUP_ID, hasContact ? null : dispatch.getDistrict().groupId());
    execution.setVariable(REVIEW_PRIORITY, properties.reviewPriority());
    execution.setVariable(TASK_DUE_DATE, EngineClock.dueAfter(properties.taskPeriod()));
    execution.setVariable(CASE_TITLE, application.applicationNo() + " " + title + "（" + commissioner.getName() + " · "
        + enterprise.getName() + "）");
    execution.setProcessBusinessKey(application.applicationNo());
  }

  /**
   * The running dispatch of the commissioner: the caller's own, or — when the city bureau files on
   * a commissioner's behalf — the named commissioner's.
   */
  private Dispatch resolveDispatch(DelegateExecution execution, VariableReader in, List<Problem> problems) {
    Long named;
    try {
      named = in.number(COMMISSIONER_ID);
    } catch (NumberFormatException e) {
      problems.add(problem(COMMISSIONER_ID, "project.commissioner.notANumber", in.text(COMMISSIONER_ID)));
      return null;
    }
    String initiator = in.text(INITIATOR);
    Optional<Commissioner> self = Optional.ofNullable(initiator).flatMap(commissioners::findByUserId);
    Commissioner commissioner;
    if (named == null || (self.isPresent() && self.get().getId().equals(named))) {
      if (self.isEmpty()) {
        problems.add(problem(COMMISSIONER_ID, ProcessActors.callerIsCity(execution.getProcessEngineServices()) ? "project.commissioner.required"
            : "project.commissioner.notACommissioner"));
        return null;
      }
      commissioner = self.get();
    } else {
      if (!ProcessActors.callerIsCity(execution.getProcessEngineServices())) {
        problems.add(problem(COMMISSIONER_ID, "project.commissioner.notYou"));
        return null;
      }
      Optional<Commissioner> found = commissioners.findById(named);
      if (found.isEmpty()) {
        problems.add(problem(COMMISSIONER_ID, "project.commissioner.unknown", named));
        return null;
      }
      commissioner = found.get();
    }
    Optional<Dispatch> dispatch = dispatches.findByActiveCommissionerId(commissioner.getId());
    if (dispatch.isEmpty()) {
      problems.add(problem(COMMISSIONER_ID, "project.commissioner.noDispatch", commissioner.getName()));
      return null;
    }
    return dispatch.get();
  }

  /** P-19: the service unit must be an enterprise the commissioner's running dispatch serves (联合开展). */
  private Enterprise enterprise(VariableReader in, Dispatch dispatch, List<Problem> problems) {
    String code = in.text(CREDIT_CODE);
    if (code == null) {
      problems.add(problem(CREDIT_CODE, "project.creditCode.required"));
      return null;
    }
    code = code.toUpperCase();
    if (!ChineseIdentifiers.isUnifiedSocialCreditCode(code)) {
      problems.add(problem(CREDIT_CODE, "project.creditCode.invalid", code));
      return null;
    }
    Optional<Enterprise> enterprise = enterprises.findWithDistrictByCreditCode(code);
    if (enterprise.isEmpty()) {
      problems.add(problem(CREDIT_CODE, "project.enterprise.unknown", code));
      return null;
    }
    if (dispatch != null && !dispatch.serves(enterprise.get().getId())) {
      problems.add(problem(CREDIT_CODE, "project.enterprise.notServed", enterprise.get().getName(),
          dispatch.getCommissioner().getName(), dispatch.getBusinessKey()));
      return null;
    }
    return enterprise.get();
  }

  private String text(VariableReader in, String field, int min, int max, List<Problem> problems) {
    String value = in.text(field);
    String label = messages.get("project.field." + field);
    if (value == null) {
      problems.add(problem(field, "project.text.required", label, min, max));
      return null;
    }
    if (value.length() < min || value.length() > max) {
      problems.add(problem(field, "project.text.length", label, min, max, value.length()));
      return null;
    }
    return value;
  }

  private ProjectCategory category(VariableReader in, List<Problem> problems) {
    String value = in.text(CATEGORY);
    if (value == null) {
      problems.add(problem(CATEGORY, "project.category.required"));
      return null;
    }
    try {
      return ProjectCategory.valueOf(value);
    } catch (IllegalArgumentException e) {
      problems.add(problem(CATEGORY, "project.category.unknown", value));
      return null;
    }
  }

  private IndustryGroup industryGroup(VariableReader in, List<Problem> problems) {
    String code = in.text(INDUSTRY_GROUP);
    if (code == null) {
      problems.add(problem(INDUSTRY_GROUP, "project.industryGroup.required"));
      return null;
    }
    Optional<IndustryGroup> group = industryGroups.findById(code);
    if (group.isEmpty()) {
      problems.add(problem(INDUSTRY_GROUP, "project.industryGroup.unknown", code));
    }
    return group.orElse(null);
  }

  /** An amount in 万元 with at most two decimals: above 0 (or at least 0) and at most 100000. */
  private BigDecimal amount(VariableReader in, String field, boolean zeroAllowed, List<Problem> problems) {
    String label = messages.get("project.field." + field);
    BigDecimal value;
    try {
      value = in.decimal(field);
    } catch (NumberFormatException e) {
      problems.add(problem(field, "project.amount.notANumber", label, in.text(field)));
      return null;
    }
    if (value == null) {
      problems.add(problem(field, "project.amount.required", label));
      return null;
    }
    if (value.signum() < 0 || (!zeroAllowed && value.signum() == 0) || value.compareTo(BUDGET_MAX) > 0
        || value.stripTrailingZeros().scale() > 2) {
      problems.add(problem(field, zeroAllowed ? "project.amount.rangeZero" : "project.amount.range", label,
          value.toPlainString(), BUDGET_MAX.toPlainString()));
      return null;
    }
    return value;
  }

  private Integer months(VariableReader in, List<Problem> problems) {
    Long months;
    try {
      months = in.number(DURATION_MONTHS);
    } catch (NumberFormatException e) {
      problems.add(problem(DURATION_MONTHS, "project.months.range", in.text(DURATION_MONTHS), MONTHS_MIN, MONTHS_MAX));
      return null;
    }
    if (months == null || months < MONTHS_MIN || months > MONTHS_MAX) {
      problems.add(problem(DURATION_MONTHS, "project.months.range", months == null ? "" : months, MONTHS_MIN,
          MONTHS_MAX));
      return null;
    }
    return months.intValue();
  }

  private Problem problem(String field, String key, Object... args) {
    return new Problem(field, messages.get(key, args));
  }
}
