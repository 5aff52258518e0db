package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code nomination} (人选提名, P-03, P-04, P-07, P-08, P-12(2), P-13): the only place
 * its variable names are written. Only the selection round starts it (call activity, business key
 * {@code <year>-nomination}); nobody starts it by hand.
 *
 * <p>The case's context is the {@link Nomination} row linked to the process instance (opened for the
 * round whose case called this one); which source unit a release answers for and which co-department
 * countersigns is the party recorded for the task when it was created ({@link NominationTask}), and
 * the authenticated user must belong to it. The variables below only mirror that context for
 * Tasklist; no rule reads them back.
 */
@Component
public class NominationContract implements ProcessContract {

  public static final String PROCESS_KEY = "nomination";

  // passed in by selectionRound's call activity (mirrors; the round is looked up from the calling case)
  public static final Var<Long> ROUND_ID = Var.whole("roundId");
  public static final Var<Long> ROUND_YEAR = Var.whole("roundYear");

  // case context for Tasklist (display; rules read the domain)
  public static final Var<Long> NOMINATION_ID = Var.whole("nominationId");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<Date> NOMINATION_DUE = Var.time("nominationDueDate");

  // 拟定初步名单 (the city's draft)
  public static final String DRAFT_TASK = "Activity_DraftList";
  public static final Var<SpinJsonNode> NOMINEES = Var.rows("nominees", "commissionerId", "name", "sourceUnitName",
      "industryGroupName", "conditionsAttested", "provincial");
  /** The city attests the P-07 conditions for every row at once. */
  public static final Var<Boolean> ATTEST_ALL = Var.flag("attestAll");
  public static final Var<SpinJsonNode> CANDIDATES_TABLE = Var.json("candidatesTable");
  public static final Var<String> SUPPLY_DEMAND_TEXT = Var.text("supplyDemandText");
  public static final Var<String> DRAFT_NOTES = Var.text("draftNotes");
  public static final Var<Long> REQUIRED_TOTAL = Var.whole("requiredTotal");
  public static final Var<Long> MIN_PER_DISTRICT = Var.whole("minPerDistrict");
  /** Set by 核验名单容量 for its gateway. */
  public static final Var<Boolean> CAPACITY_OK = Var.flag("capacityOk");

  // 派出单位同意选派 (multi-instance, one per source unit; local to each instance)
  public static final String RELEASE_TASK = "Activity_ReleaseStaff";
  /** The element variable, set by the engine from the case's pending source units (its candidate group). */
  public static final Var<String> SOURCE_UNIT_CODE = Var.text("sourceUnitCode");
  public static final Var<String> SOURCE_UNIT_NAME = Var.text("sourceUnitName");
  public static final Var<SpinJsonNode> RELEASES = Var.rows("releases", "commissionerId", "name", "industryGroupName",
      "decision", "reason");
  public static final String RELEASE = "RELEASE";
  public static final String REFUSE = "REFUSE";
  /** Set by 汇总派出单位意见 for its gateway. */
  public static final Var<Boolean> ANY_REFUSED = Var.flag("anyRefused");

  // 会签初步名单 (multi-instance, one per co-department; local to each instance)
  public static final String COUNTERSIGN_TASK = "Activity_Countersign";
  /** The element variable, set by the engine from the co-departments (its candidate group). */
  public static final Var<String> DEPARTMENT = Var.text("department");
  public static final Var<String> DEPARTMENT_NAME = Var.text("departmentName");
  public static final Var<String> COUNTERSIGN_DECISION = Var.text("countersignDecision");
  public static final Var<String> COUNTERSIGN_COMMENT = Var.text("countersignComment");
  public static final Var<SpinJsonNode> NOMINEES_TABLE = Var.json("nomineesTable");
  public static final String AGREE = "AGREE";
  public static final String OBJECT = "OBJECT";
  /** Set by 汇总会签意见 for its gateway. */
  public static final Var<Boolean> ANY_OBJECTION = Var.flag("anyObjection");

  // the decision table nomineeEligibility (P-07, P-08, P-18), evaluated from Java for every row of a draft
  public static final String ELIGIBILITY_DECISION = "nomineeEligibility";
  public static final Var<Boolean> BARRED = Var.flag("barred");
  public static final Var<Boolean> ALREADY_LISTED = Var.flag("alreadyListed");
  public static final Var<String> SOURCE_UNIT_TYPE = Var.text("sourceUnitType");
  public static final Var<Boolean> CONDITIONS_ATTESTED = Var.flag("conditionsAttested");
  /** The table's outputs. */
  public static final String ELIGIBLE = "eligible";
  public static final String REASON = "reason";

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, SOURCE_UNIT_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(DRAFT_TASK, "nomination-draft", NOMINEES, ATTEST_ALL),
        UserTask.of(RELEASE_TASK, "nomination-release", RELEASES),
        UserTask.of(COUNTERSIGN_TASK, "nomination-countersign", COUNTERSIGN_DECISION, COUNTERSIGN_COMMENT));
  }
}
