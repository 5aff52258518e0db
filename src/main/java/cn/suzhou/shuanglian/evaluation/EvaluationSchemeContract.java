package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.math.BigDecimal;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code evaluationScheme} (考核评价制度报审, P-18): the only place its variable names
 * are written. A district official submits the scheme of their own district (the one
 * {@code district-*} group of their authentication); the city bureau, or an official of several
 * districts, names it in {@link #DISTRICT_CODE} over REST — checked against the same authentication.
 * From then on the case's scheme is the {@link EvaluationScheme} row linked to it by process instance
 * id, and its district that row's; the context variables only mirror it for Tasklist and the forms.
 */
@Component
public class EvaluationSchemeContract implements ProcessContract {

  public static final String PROCESS_KEY = "evaluationScheme";

  // the scheme's content: start form, revision form and REST start (numbers as sent; the rules check them)
  public static final Var<BigDecimal> WEIGHT_ORIENTATION = Var.decimal("weightOrientation");
  public static final Var<BigDecimal> WEIGHT_INITIATIVE = Var.decimal("weightInitiative");
  public static final Var<BigDecimal> WEIGHT_SATISFACTION = Var.decimal("weightSatisfaction");
  public static final Var<BigDecimal> WEIGHT_RESULTS = Var.decimal("weightResults");
  public static final Var<BigDecimal> EXCELLENT_MIN = Var.decimal("excellentMin");
  public static final Var<BigDecimal> QUALIFIED_MIN = Var.decimal("qualifiedMin");
  public static final Var<BigDecimal> BASIC_MIN = Var.decimal("basicMin");
  public static final Var<String> SERVICE_UNITS_CONSULTED = Var.text("serviceUnitsConsulted");
  public static final Var<String> CRITERIA_NOTES = Var.text("criteriaNotes");
  /**
   * REST only: the district a city official (or an official of several districts) submits for; never
   * honoured beyond the caller's authentication. Afterwards the district mirrored from the scheme.
   */
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");

  // the case's context, mirrored from the scheme row (核验考核评价制度, and again on every revision)
  public static final Var<Long> SCHEME_ID = Var.whole("schemeId");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> IN_FORCE_SUMMARY = Var.text("inForceSummary");
  public static final Var<Date> REVIEW_DUE_DATE = Var.time("reviewDueDate");
  public static final Var<String> PREVIOUS_REVIEW_COMMENT = Var.text("previousReviewComment");

  // 审批考核评价制度 (the city bureau)
  public static final String REVIEW_TASK = "Activity_ReviewScheme";
  public static final Var<String> SCHEME_DECISION = Var.text("schemeDecision");
  public static final Var<String> REVIEW_COMMENT = Var.text("reviewComment");
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  // 修改考核评价制度 (the district): the same content as the start
  public static final String REVISE_TASK = "Activity_ReviseScheme";

  /** The content fields, as the start and revision forms show them. */
  public static final List<Var<?>> CONTENT = List.of(WEIGHT_ORIENTATION, WEIGHT_INITIATIVE, WEIGHT_SATISFACTION,
      WEIGHT_RESULTS, EXCELLENT_MIN, QUALIFIED_MIN, BASIC_MIN, SERVICE_UNITS_CONSULTED, CRITERIA_NOTES);

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, DISTRICT_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public StartSpec start() {
    return StartSpec.form("evaluation-scheme-start", CONTENT.toArray(Var<?>[]::new)).andApiOnly(DISTRICT_CODE);
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(REVIEW_TASK, "evaluation-scheme-review", SCHEME_DECISION, REVIEW_COMMENT),
        UserTask.of(REVISE_TASK, "evaluation-scheme-revise", CONTENT.toArray(Var<?>[]::new)));
  }
}
