package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.Commissioners;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.Enterprises;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * P-19: filing a joint project. It must be a real joint project of a commissioner and the enterprise
 * it serves — the two in a running dispatch together (联合开展) — on one of the two municipal lines,
 * with its content, goals, budget and duration stated, and neither of the two may have filed one
 * already this year (one each a year, named with the earlier application). Every problem is reported
 * at once and nothing is written; on success the application is written (SUBMITTED), exempt from the
 * district's quota and with the review priority that puts it first in the queue. Filings take turns
 * ({@link ProjectNumbers#takeTurn}, a row lock in the filing's own transaction), so of two filings
 * racing for one place the second sees the first and is refused naming it; the database's unique
 * keys hold the rule for any other writer.
 *
 * <p>The filer is the authenticated user: a commissioner files for themself; only the city bureau
 * may name another commissioner ({@link Filing#commissionerId()}).
 */
@Service
public class ProjectFiling {

  static final int TITLE_MIN = 5;
  static final int TITLE_MAX = 100;
  static final int CONTENT_MIN = 20;
  static final int CONTENT_MAX = 4000;
  static final int GOALS_MIN = 10;
  static final int GOALS_MAX = 2000;
  static final int MONTHS_MIN = 6;
  static final int MONTHS_MAX = 36;
  static final BigDecimal BUDGET_MAX = new BigDecimal("100000");

  /** What a filing carries, as entered (the start form, or the REST start). */
  public record Filing(Entered<Long> commissionerId, String creditCode, String title, String category,
      String industryGroupCode, String content, String goals, Entered<BigDecimal> totalBudget,
      Entered<BigDecimal> enterpriseFunding, Entered<Long> durationMonths, boolean jointPledge) {}

  /** Who files: the authenticated user (null when none), and whether they act for the city bureau. */
  public record Filer(String userId, boolean city) {}

  private final Commissioners commissioners;
  private final Dispatches dispatches;
  private final Enterprises enterprises;
  private final IndustryGroups industryGroups;
  private final ProjectApplicationRepository applications;
  private final OneProjectAYear oneAYear;
  private final ProjectNumbers numbers;
  private final ProjectProperties properties;
  private final Messages messages;

  public ProjectFiling(Commissioners commissioners, Dispatches dispatches,
      Enterprises enterprises, IndustryGroups industryGroups,
      ProjectApplicationRepository applications, OneProjectAYear oneAYear, ProjectNumbers numbers,
      ProjectProperties properties, Messages messages) {
    this.commissioners = commissioners;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
    this.industryGroups = industryGroups;
    this.applications = applications;
    this.oneAYear = oneAYear;
    this.numbers = numbers;
    this.properties = properties;
    this.messages = messages;
  }

  /** Checks and writes the application of the case {@code processInstanceId}; what its tasks show. */
  public ProjectCase file(Filing filing, Filer filer, String processInstanceId) {
    List<Problem> problems = new ArrayList<>();
    int year = EngineClock.today().getYear();

    Dispatch dispatch = dispatch(filing.commissionerId(), filer, problems);
    Enterprise enterprise = enterprise(filing.creditCode(), dispatch, problems);
    String title = text(TITLE, filing.title(), TITLE_MIN, TITLE_MAX, problems);
    ProjectCategory category = category(filing.category(), problems);
    IndustryGroup group = industryGroup(filing.industryGroupCode(), problems);
    String content = text(CONTENT, filing.content(), CONTENT_MIN, CONTENT_MAX, problems);
    String goals = text(GOALS, filing.goals(), GOALS_MIN, GOALS_MAX, problems);
    BigDecimal total = amount(TOTAL_BUDGET, filing.totalBudget(), false, problems);
    BigDecimal own = amount(ENTERPRISE_FUNDING, filing.enterpriseFunding(), true, problems);
    if (total != null && own != null && own.compareTo(total) > 0) {
      problems.add(problem(ENTERPRISE_FUNDING, "project.funding.aboveTotal", own.toPlainString(), total.toPlainString()));
    }
    Integer months = months(filing.durationMonths(), problems);
    if (!filing.jointPledge()) {
      problems.add(problem(JOINT_PLEDGE, "project.pledge.required"));
    }
    Commissioner commissioner = dispatch == null ? null : dispatch.getCommissioner();
    if (problems.isEmpty()) {
      // the input is sound: wait for this filing's turn, then the check sees every committed filing
      numbers.takeTurn();
    }
    List<Problem> taken = oneAYear.placesTaken(commissioner, enterprise, year, COMMISSIONER_ID.name(),
        CREDIT_CODE.name());
    if (!problems.isEmpty() || !taken.isEmpty()) {
      List<Problem> all = new ArrayList<>(taken);
      all.addAll(problems);
      throw problems.isEmpty() ? new ProcessRuleConflict(all) : new ProcessRuleViolation(all);
    }

    String filedBy = filer.userId() == null ? "system" : filer.userId();
    ProjectApplication application;
    try {
      application = applications.saveAndFlush(new ProjectApplication(year, numbers.next(year), dispatch, enterprise,
          title, category, group, content, goals, total, own, months, properties.reviewPriority(), filedBy,
          EngineClock.now(), processInstanceId));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException race) {
      throw new ProcessRuleConflict(oneAYear.race(commissioner, enterprise, year, COMMISSIONER_ID.name()));
    }
    return ProjectCase.of(application);
  }

  /**
   * The running dispatch of the commissioner: the filer's own, or — when the city bureau files on a
   * commissioner's behalf — the named commissioner's. Nobody else may name a commissioner.
   */
  private Dispatch dispatch(Entered<Long> named, Filer filer, List<Problem> problems) {
    if (named.isUnreadable()) {
      problems.add(problem(COMMISSIONER_ID, "project.commissioner.notANumber", named.unreadable()));
      return null;
    }
    Optional<Commissioner> self = Optional.ofNullable(filer.userId()).flatMap(commissioners::findByUserId);
    Commissioner commissioner;
    if (named.value() == null || (self.isPresent() && self.get().getId().equals(named.value()))) {
      if (self.isEmpty()) {
        problems.add(problem(COMMISSIONER_ID, filer.city() ? "project.commissioner.required"
            : "project.commissioner.notACommissioner"));
        return null;
      }
      commissioner = self.get();
    } else {
      if (!filer.city()) {
        problems.add(problem(COMMISSIONER_ID, "project.commissioner.notYou"));
        return null;
      }
      Optional<Commissioner> found = commissioners.findById(named.value());
      if (found.isEmpty()) {
        problems.add(problem(COMMISSIONER_ID, "project.commissioner.unknown", named.value()));
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
  private Enterprise enterprise(String creditCode, Dispatch dispatch, List<Problem> problems) {
    if (creditCode == null) {
      problems.add(problem(CREDIT_CODE, "project.creditCode.required"));
      return null;
    }
    String code = creditCode.toUpperCase();
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

  private String text(Var<String> field, String value, int min, int max, List<Problem> problems) {
    String label = messages.get("project.field." + field.name());
    if (value == null) {
      problems.add(problem(field, "project.text.required", label, min, max));
      return null;
    }
    if (Characters.count(value) < min || Characters.count(value) > max) {
      problems.add(problem(field, "project.text.length", label, min, max, Characters.count(value)));
      return null;
    }
    return value;
  }

  private ProjectCategory category(String value, List<Problem> problems) {
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

  private IndustryGroup industryGroup(String code, List<Problem> problems) {
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
  private BigDecimal amount(Var<BigDecimal> field, Entered<BigDecimal> entered, boolean zeroAllowed,
      List<Problem> problems) {
    String label = messages.get("project.field." + field.name());
    if (entered.isUnreadable()) {
      problems.add(problem(field, "project.amount.notANumber", label, entered.unreadable()));
      return null;
    }
    BigDecimal value = entered.value();
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

  private Integer months(Entered<Long> entered, List<Problem> problems) {
    if (entered.isUnreadable()) {
      problems.add(problem(DURATION_MONTHS, "project.months.range", entered.unreadable(), MONTHS_MIN, MONTHS_MAX));
      return null;
    }
    Long months = entered.value();
    if (months == null || months < MONTHS_MIN || months > MONTHS_MAX) {
      problems.add(problem(DURATION_MONTHS, "project.months.range", months == null ? "" : months, MONTHS_MIN,
          MONTHS_MAX));
      return null;
    }
    return months.intValue();
  }

  private Problem problem(Var<?> field, String key, Object... args) {
    return new Problem(field.name(), messages.get(key, args));
  }
}
