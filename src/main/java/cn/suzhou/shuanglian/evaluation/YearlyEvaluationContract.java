package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code yearlyEvaluation} (年度考核, P-05, P-15, P-18): the only place its variable
 * names are written. The case is started by {@code commissionerDispatch} (call activity
 * 年度考核), which passes {@link #DISPATCH_ID} and {@link #SERVICE_YEAR} in and takes {@link #GRADE}
 * and {@link #SERVICE_YEAR} back out; nobody starts it by hand.
 *
 * <p>Which evaluation, dispatch, district, commissioner and source unit a case is about comes from
 * the {@link Evaluation} row linked to the case by its process instance id (see
 * {@link EvaluationCase}); which enterprise a satisfaction task asks, from its {@link RatingRequest}.
 * The context variables below only mirror the domain for Tasklist and the forms: no rule, candidate
 * or gateway reads them back. The commissioner evaluated never scores, approves or rates their own
 * evaluation ({@link #excludedWorkers}, P-18).
 */
@Component
public class YearlyEvaluationContract implements ProcessContract {

  public static final String PROCESS_KEY = "yearlyEvaluation";

  // passed in by commissionerDispatch's call activity (names kept: the dispatch maps them); read once, when the
  // case opens its evaluation, and checked against the calling case's dispatch
  public static final Var<Long> DISPATCH_ID = Var.whole("dispatchId");
  /** In from the dispatch; mirrored again from the evaluation row before the case ends, and passed back out. */
  public static final Var<Long> SERVICE_YEAR = Var.whole("serviceYear");

  // the case's context mirrored from the domain (汇总年度服务情况) for Tasklist and the forms
  public static final Var<Long> EVALUATION_ID = Var.whole("evaluationId");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> COMMISSIONER_NAME = Var.text("commissionerName");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> COMMISSIONER_USER_ID = Var.text("commissionerUserId");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> SOURCE_UNIT_CODE = Var.text("sourceUnitCode");
  public static final Var<LocalDate> YEAR_START_DATE = Var.date("yearStartDate");
  public static final Var<LocalDate> YEAR_END_DATE = Var.date("yearEndDate");
  public static final Var<Long> CONFIRMED_DAYS = Var.whole("confirmedDays");
  public static final Var<Long> MIN_SERVICE_DAYS = Var.whole("minServiceDays");
  public static final Var<Long> CONFIRMED_SERVICES = Var.whole("confirmedServices");
  public static final Var<Long> PENDING_SERVICES = Var.whole("pendingServices");
  public static final Var<Long> DEMANDS_HANDLED = Var.whole("demandsHandled");
  /** Rows typeLabel, count, days (a table in the summary and scoring forms). */
  public static final Var<SpinJsonNode> SERVICES_BY_TYPE = Var.json("servicesByType");
  public static final Var<Date> EVALUATION_DUE_DATE = Var.time("evaluationDueDate");

  // 报批考核评价制度 (the district has no approved scheme yet)
  public static final String AWAIT_SCHEME_TASK = "Activity_AwaitScheme";
  public static final Var<Boolean> SCHEME_READY_CONFIRMED = Var.flag("schemeReadyConfirmed");

  // 填报年度工作总结 (the commissioner; shown again, from the evaluation row, to the district and the city)
  public static final String SUMMARY_TASK = "Activity_CommissionerSummary";
  public static final Var<String> WORK_SUMMARY = Var.text("workSummary");

  // 服务单位满意度评价: one task per served enterprise (multi-instance); its display variables are local
  public static final String RATING_TASK = "Activity_RateSatisfaction";
  /** The multi-instance element variable: read only when the task opens, to write its {@link RatingRequest}. */
  public static final Var<Long> ENTERPRISE_ID = Var.whole("enterpriseId");
  public static final Var<String> ENTERPRISE_NAME = Var.text("enterpriseName");
  /** Rows period, typeLabel, days, summary. */
  public static final Var<SpinJsonNode> ENTERPRISE_SERVICES = Var.json("enterpriseServices");
  public static final Var<BigDecimal> SATISFACTION_SCORE = Var.decimal("satisfactionScore");
  public static final Var<String> RATING_COMMENT = Var.text("ratingComment");

  // 县区考核评分
  public static final String SCORING_TASK = "Activity_ScoreEvaluation";
  public static final Var<BigDecimal> SCORE_ORIENTATION = Var.decimal("scoreOrientation");
  public static final Var<BigDecimal> SCORE_INITIATIVE = Var.decimal("scoreInitiative");
  public static final Var<BigDecimal> SCORE_SATISFACTION = Var.decimal("scoreSatisfaction");
  public static final Var<BigDecimal> SCORE_RESULTS = Var.decimal("scoreResults");
  /** The four criteria in the order of the form and the scheme. */
  public static final List<Var<BigDecimal>> CRITERIA = List.of(SCORE_ORIENTATION, SCORE_INITIATIVE,
      SCORE_SATISFACTION, SCORE_RESULTS);
  /** The district's exception for a short year; also the grade table's input of that name (from the evaluation row). */
  public static final Var<Boolean> EXCEPTION_JUSTIFIED = Var.flag("exceptionJustified");
  public static final Var<String> EXCEPTION_REASON = Var.text("exceptionReason");
  public static final Var<String> DISTRICT_COMMENT = Var.text("districtComment");
  /** Rows enterpriseName, score, comment. */
  public static final Var<SpinJsonNode> RATINGS = Var.json("ratings");
  public static final Var<String> SATISFACTION_TEXT = Var.text("satisfactionText");
  public static final Var<String> SERVICE_TIME_TEXT = Var.text("serviceTimeText");
  public static final Var<String> SCHEME_TEXT = Var.text("schemeText");
  public static final Var<String> RETURN_COMMENT = Var.text("returnComment");

  // 评定考核等次 (business rule task, DMN evaluationGrade): its inputs are local to the task and computed from the
  // evaluation row (EvaluationCase#gradeInputs); its answer leaves the task as GRADE and GRADE_REASON
  public static final String GRADE_TASK = "Activity_Grade";
  /** The weighted score: the grade table's input, then mirrored for the approval and feedback forms. */
  public static final Var<BigDecimal> WEIGHTED_SCORE = Var.decimal("weightedScore");
  public static final Var<BigDecimal> EXCELLENT_MIN = Var.decimal("excellentMin");
  public static final Var<BigDecimal> QUALIFIED_MIN = Var.decimal("qualifiedMin");
  public static final Var<BigDecimal> BASIC_MIN = Var.decimal("basicMin");
  public static final Var<Boolean> SERVICE_TIME_MET = Var.flag("serviceTimeMet");
  /** The grade table's inputs, as {@link #GRADE_TASK} maps them (checked against the BPMN by a test). */
  public static final List<Var<?>> GRADE_TABLE_INPUTS = List.of(WEIGHTED_SCORE, EXCELLENT_MIN, QUALIFIED_MIN, BASIC_MIN,
      SERVICE_TIME_MET, EXCEPTION_JUSTIFIED);
  /** The grade's code (a {@link Grade}); passed out to the dispatch. */
  public static final Var<String> GRADE = Var.text("grade");
  public static final Var<String> GRADE_LABEL = Var.text("gradeLabel");
  public static final Var<String> GRADE_REASON = Var.text("gradeReason");
  public static final Var<String> SCORE_TEXT = Var.text("scoreText");
  public static final Var<String> EXCEPTION_TEXT = Var.text("exceptionText");

  // 审定年度考核结果 (the city bureau)
  public static final String APPROVAL_TASK = "Activity_ApproveEvaluation";
  public static final Var<String> APPROVAL_DECISION = Var.text("approvalDecision");
  public static final Var<String> APPROVAL_COMMENT = Var.text("approvalComment");
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  // 知悉年度考核结果 (the source unit)
  public static final String FEEDBACK_TASK = "Activity_AcknowledgeResult";
  public static final Var<Boolean> RESULT_ACKNOWLEDGED = Var.flag("resultAcknowledged");

  /**
   * A number field's value as it was sent, as text — what the rules check and quote when they refuse
   * it ({@link Var#from} gives up on text that is no number).
   */
  static String sent(VariableScope scope, Var<BigDecimal> field) {
    return new VariableReader(scope).text(field.name());
  }

  /** P-18: the tasks the commissioner evaluated may never work. */
  static final Set<String> NOT_FOR_THE_COMMISSIONER = Set.of(SCORING_TASK, APPROVAL_TASK, RATING_TASK);

  private final EvaluationRepository evaluations;

  public YearlyEvaluationContract(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, COMMISSIONER_NAME, ENTERPRISE_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(AWAIT_SCHEME_TASK, "evaluation-await-scheme", SCHEME_READY_CONFIRMED),
        UserTask.of(SUMMARY_TASK, "evaluation-summary", WORK_SUMMARY),
        UserTask.of(RATING_TASK, "evaluation-rating", SATISFACTION_SCORE, RATING_COMMENT),
        UserTask.of(SCORING_TASK, "evaluation-score", SCORE_ORIENTATION, SCORE_INITIATIVE, SCORE_SATISFACTION,
            SCORE_RESULTS, EXCEPTION_JUSTIFIED, EXCEPTION_REASON, DISTRICT_COMMENT),
        UserTask.of(APPROVAL_TASK, "evaluation-approve", APPROVAL_DECISION, APPROVAL_COMMENT),
        UserTask.of(FEEDBACK_TASK, "evaluation-feedback", RESULT_ACKNOWLEDGED));
  }

  /** P-18: the commissioner evaluated in the case never scores, approves or rates it. */
  @Override
  public Set<String> excludedWorkers(String processInstanceId, String taskKey) {
    if (!NOT_FOR_THE_COMMISSIONER.contains(taskKey)) {
      return Set.of();
    }
    return evaluations.findCommissionerUserIdByProcessInstanceId(processInstanceId).map(Set::of).orElse(Set.of());
  }
}
