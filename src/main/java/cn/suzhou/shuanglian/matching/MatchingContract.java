package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code matching} (分组匹配, P-01, P-02, P-11): the only place its variable names are
 * written. Only the selection round starts it (call activity, business key {@code <year>-matching});
 * nobody starts it by hand.
 *
 * <p>The case's context is the selection round whose case called this one ({@link MatchingCases});
 * which district a confirmation answers for is the district recorded for the task when it was
 * created ({@link MatchingTask}), and the authenticated official must belong to that district. The
 * variables below only mirror that context for Tasklist; no rule reads them back.
 */
@Component
public class MatchingContract implements ProcessContract {

  public static final String PROCESS_KEY = "matching";

  // passed in by selectionRound's call activity (mirrors; the round is looked up from the calling case)
  public static final Var<Long> ROUND_ID = Var.whole("roundId");
  public static final Var<Long> ROUND_YEAR = Var.whole("roundYear");

  // case context for Tasklist (display; rules read the domain)
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<Date> MATCHING_DUE = Var.time("matchingDueDate");
  public static final Var<Long> MIN_PER_DISTRICT = Var.whole("minPerDistrict");

  // 确认匹配结果 (multi-instance, one per district of the round; local to each instance)
  public static final String CONFIRM_TASK = "Activity_ConfirmDistrict";
  /** The element variable, set by the engine from the round's districts (its candidate group). */
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<SpinJsonNode> DISTRICT_MATCHES = Var.json("districtMatches");
  public static final Var<String> CONFIRMATION_DECISION = Var.text("confirmationDecision");
  public static final Var<String> CONFIRMATION_COMMENT = Var.text("confirmationComment");
  public static final String CONFIRM = "CONFIRM";
  public static final String REQUEST_CHANGE = "REQUEST_CHANGE";

  // 确定匹配方案 (the city's final matching)
  public static final String FINALISE_TASK = "Activity_FinaliseMatching";
  public static final Var<SpinJsonNode> MATCHES = Var.rows("matches", "commissionerId", "name", "industryGroupName",
      "districtCode", "explanation");
  public static final Var<SpinJsonNode> DISTRICT_COUNTS = Var.json("districtCounts");
  public static final Var<String> DISTRICT_REQUESTS = Var.text("districtRequests");

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
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(CONFIRM_TASK, "matching-confirm", CONFIRMATION_DECISION, CONFIRMATION_COMMENT),
        UserTask.of(FINALISE_TASK, "matching-finalise", MATCHES));
  }
}
