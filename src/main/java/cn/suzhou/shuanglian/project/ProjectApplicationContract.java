package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code projectApplication} (科技项目申报, P-19, P-20): the only place its variable
 * names are written. The case is the {@link ProjectApplication} row of the process instance
 * ({@code project_application.process_instance_id}); every rule reads it there, never from an id in
 * a variable. Who files, answers, checks, reviews and decides is the authenticated user (the city
 * bureau may file for a named commissioner, {@link #COMMISSIONER_ID}, over REST); an expert's review
 * is the drawn review of that user for this application. The applicant, their source unit's people,
 * the enterprise's people and anyone else the draw's conflict rules keep out may not check, review or
 * decide the project ({@link #excludedWorkers}, {@link ProjectConflicts}).
 */
@Component
public class ProjectApplicationContract implements ProcessContract {

  public static final String PROCESS_KEY = "projectApplication";
  public static final String MESSAGE_WITHDRAWN = "ProjectApplicationWithdrawn";
  public static final String ERROR_DECLINED = "JOINT_FILING_DECLINED";

  // start form (and REST start)
  public static final Var<String> CREDIT_CODE = Var.text("creditCode");
  public static final Var<String> TITLE = Var.text("projectTitle");
  public static final Var<String> CATEGORY = Var.text("projectCategory");
  public static final Var<String> INDUSTRY_GROUP = Var.text("industryGroupCode");
  public static final Var<String> CONTENT = Var.text("projectContent");
  public static final Var<String> GOALS = Var.text("projectGoals");
  public static final Var<BigDecimal> TOTAL_BUDGET = Var.decimal("totalBudget");
  public static final Var<BigDecimal> ENTERPRISE_FUNDING = Var.decimal("enterpriseFunding");
  public static final Var<Long> DURATION_MONTHS = Var.whole("durationMonths");
  public static final Var<Boolean> JOINT_PLEDGE = Var.flag("jointPledge");
  /** REST only: the city bureau files for this commissioner; a commissioner files for themself. */
  public static final Var<Long> COMMISSIONER_ID = Var.whole("commissionerId");

  // case context mirrored for Tasklist and the forms (display; rules read the domain)
  public static final Var<String> APPLICATION_NO = Var.text("applicationNo");
  public static final Var<Long> APPLICATION_YEAR = Var.whole("applicationYear");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> SOURCE_UNIT_NAME = Var.text("sourceUnitName");
  public static final Var<String> ENTERPRISE_NAME = Var.text("enterpriseName");
  public static final Var<String> CATEGORY_LABEL = Var.text("projectCategoryLabel");
  public static final Var<String> INDUSTRY_GROUP_NAME = Var.text("industryGroupName");
  /** The applicant's login (assignee of the result), or null when they have none (their district reads it). */
  public static final Var<String> COMMISSIONER_USER_ID = Var.text("commissionerUserId");
  /** The enterprise contact's login, or null when the enterprise has none (its district answers). */
  public static final Var<String> ENTERPRISE_USER_ID = Var.text("enterpriseUserId");
  public static final Var<String> ENTERPRISE_GROUP_ID = Var.text("enterpriseGroupId");
  /** Task priority of the city's and the experts' tasks: joint projects first (P-19). */
  public static final Var<Long> REVIEW_PRIORITY = Var.whole("reviewPriority");

  // 服务单位确认联合申报
  public static final String JOINT_TASK = "Activity_ConfirmJointFiling";
  public static final Var<String> JOINT_ANSWER = Var.text("jointFilingAnswer");
  public static final Var<String> JOINT_DECLINE_REASON = Var.text("jointDeclineReason");
  public static final String AGREE = "AGREE";
  public static final String DECLINE = "DECLINE";

  // 审查申报条件
  public static final String CONDITIONS_TASK = "Activity_CheckConditions";
  public static final Var<String> CONDITIONS_DECISION = Var.text("conditionsDecision");
  public static final Var<String> CONDITIONS_NOTE = Var.text("conditionsNote");
  /** The gateway's decision, written by the check from the recorded outcome. */
  public static final Var<Boolean> CONDITIONS_MET = Var.flag("conditionsMet");
  public static final String MET = "MET";
  public static final String NOT_MET = "NOT_MET";

  // 抽取评审专家 (written by the draw)
  public static final Var<Boolean> REVIEWERS_SHORT = Var.flag("reviewersShort");
  public static final Var<String> DRAW_SUMMARY = Var.text("drawSummary");
  public static final Var<Long> ELIGIBLE_COUNT = Var.whole("eligibleReviewers");
  public static final Var<Long> WANTED_COUNT = Var.whole("wantedReviewers");

  // 评审专家不足
  public static final String SHORTAGE_TASK = "Activity_ReviewerShortage";
  public static final Var<String> SHORTAGE_DECISION = Var.text("shortageDecision");
  public static final String REDRAW = "REDRAW";
  public static final String PROCEED = "PROCEED";

  // 专家评审 (multi-instance: one task per drawn expert; the answers are local to it)
  public static final String REVIEW_TASK = "Activity_ExpertReview";
  /** The element variable: the drawn expert the task is assigned to (display; the review is the completer's). */
  public static final Var<String> REVIEWER_USER_ID = Var.text("reviewerUserId");
  public static final Var<Long> REVIEW_SCORE = Var.whole("reviewScore");
  public static final Var<String> REVIEW_OPINION = Var.text("reviewOpinion");
  public static final Var<Boolean> REVIEW_RECOMMEND = Var.flag("reviewRecommendProvince");

  // 汇总评审意见
  public static final Var<BigDecimal> AVERAGE_SCORE = Var.decimal("averageScore");
  public static final Var<String> REVIEW_SUMMARY = Var.text("reviewSummary");

  // 审定立项
  public static final String DECIDE_TASK = "Activity_DecideProject";
  public static final Var<String> PROJECT_DECISION = Var.text("projectDecision");
  public static final Var<String> DECISION_NOTE = Var.text("decisionNote");
  public static final Var<Boolean> RECOMMEND_PROVINCE = Var.flag("recommendProvince");
  public static final Var<String> RECOMMENDATION_NOTE = Var.text("recommendationNote");
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  // 知悉申报结果
  public static final String RESULT_TASK = "Activity_NotifyApplicant";
  public static final Var<String> RESULT_LABEL = Var.text("resultLabel");
  public static final Var<String> RESULT_NOTE = Var.text("resultNote");

  // withdrawal (the message ProjectApplicationWithdrawn, correlated by /api with the reason)
  public static final Var<String> WITHDRAWAL_REASON = Var.text("withdrawalReason");

  // steps named by the delegates and tests
  public static final String RECORD_DECLINED_STEP = "Activity_RecordDeclined";
  public static final String RECORD_WITHDRAWAL_STEP = "Activity_RecordWithdrawal";
  public static final String WITHDRAWN_END = "EndEvent_Withdrawn";

  private final ProjectConflicts conflicts;

  public ProjectApplicationContract(ProjectConflicts conflicts) {
    this.conflicts = conflicts;
  }

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, APPLICATION_NO, ENTERPRISE_NAME, APPLICANT_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public StartSpec start() {
    return StartSpec.form("project-application-start", CREDIT_CODE, TITLE, CATEGORY, INDUSTRY_GROUP, CONTENT, GOALS,
        TOTAL_BUDGET, ENTERPRISE_FUNDING, DURATION_MONTHS, JOINT_PLEDGE).andApiOnly(COMMISSIONER_ID);
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(JOINT_TASK, "project-application-joint", JOINT_ANSWER, JOINT_DECLINE_REASON)
            .showing(CONTENT, GOALS),
        UserTask.of(CONDITIONS_TASK, "project-application-conditions", CONDITIONS_DECISION, CONDITIONS_NOTE)
            .showing(CONTENT, GOALS),
        UserTask.of(SHORTAGE_TASK, "project-application-shortage", SHORTAGE_DECISION)
            .showing(ELIGIBLE_COUNT, WANTED_COUNT),
        UserTask.of(REVIEW_TASK, "project-application-review", REVIEW_SCORE, REVIEW_OPINION, REVIEW_RECOMMEND)
            .showing(CONTENT, GOALS),
        UserTask.of(DECIDE_TASK, "project-application-decide", PROJECT_DECISION, DECISION_NOTE, RECOMMEND_PROVINCE,
            RECOMMENDATION_NOTE).showing(AVERAGE_SCORE),
        UserTask.of(RESULT_TASK, "project-application-result"));
  }

  /**
   * P-19, P-20 from the application of the case: the applicant's side (the applicant and their
   * source unit's commissioners) never answers for the enterprise; nobody the draw's conflict rules
   * keep out — the applicant's side, the enterprise's contact and staff, experts holding a post at
   * it or serving it — checks the conditions, handles a reviewer shortage, reviews or decides.
   */
  @Override
  public Set<String> excludedWorkers(String processInstanceId, String taskKey) {
    return switch (taskKey) {
      case JOINT_TASK -> conflicts.applicantSide(processInstanceId);
      case CONDITIONS_TASK, SHORTAGE_TASK, REVIEW_TASK, DECIDE_TASK -> conflicts.conflicted(processInstanceId);
      default -> Set.of();
    };
  }
}
