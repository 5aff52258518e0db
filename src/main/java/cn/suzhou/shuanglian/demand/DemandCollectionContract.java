package cn.suzhou.shuanglian.demand;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.process.contract.Var.Mask;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code districtDemandCollection} (县区需求征集, P-10, P-12(1)): the only place its
 * variable names are written. Which collection, round and district a case is comes from the
 * {@code demand_collection} row linked to the case ({@link DemandCollectionService#ofCase}); the
 * variables passed in by {@code selectionRound} and the context set when the collection opens are
 * mirrors for Tasklist and the forms, read by no rule. The two lists are user input, checked by
 * {@link DemandListRules}; the service-unit list carries contact phones, which the engine keeps
 * masked (138****1234): the list written back after each change shows them masked, and a masked
 * phone sent back unchanged keeps the number on record.
 */
@Component
public class DemandCollectionContract implements ProcessContract {

  public static final String PROCESS_KEY = "districtDemandCollection";

  // passed in by selectionRound (its call activity's in-mappings); mirrors only
  public static final Var<Long> ROUND_ID = Var.whole("roundId");
  public static final Var<Long> ROUND_YEAR = Var.whole("roundYear");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<LocalDate> COLLECTION_DEADLINE = Var.date("collectionDeadline");

  // case context set when the collection opens (Tasklist columns, forms)
  public static final Var<Long> COLLECTION_ID = Var.whole("collectionId");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<Date> COLLECTION_DUE_DATE = Var.time("collectionDueDate");

  // the district's lists (Json, form-js dynamic lists) and what the forms show of them
  public static final Var<SpinJsonNode> SERVICE_UNITS = Var.rows("serviceUnits", "creditCode", "name",
      "industryGroupCode", "scale", "contactName", "contactPhone", "compliesWithPolicy", "lawfulOperation",
      "scaleAndPotential", "consent", "consentBy").personalRowField("contactPhone", Mask.PHONE);
  public static final Var<SpinJsonNode> DEMANDS = Var.rows("demands", "creditCode", "title", "industryGroupCode",
      "industryCategory", "demandType", "description", "cooperationSought");
  public static final Var<String> SERVICE_UNIT_SUMMARY = Var.text("serviceUnitSummary");
  /** The screened units as the demands form's choices ({label: 名称（代码）, value: 代码}), from the domain. */
  public static final Var<SpinJsonNode> SERVICE_UNIT_OPTIONS = Var.json("serviceUnitOptions");
  public static final Var<Long> SERVICE_UNIT_COUNT = Var.whole("serviceUnitCount");
  public static final Var<Long> DEMAND_COUNT = Var.whole("demandCount");
  public static final Var<String> REVIEW_HISTORY = Var.text("reviewHistory");

  // 服务单位筛选 and 技术需求征集: the district's tasks that edit the lists
  public static final String SCREEN_TASK = "Activity_ScreenServiceUnits";
  public static final String COLLECT_TASK = "Activity_CollectDemands";
  public static final String[] LIST_TASKS = {SCREEN_TASK, COLLECT_TASK};
  public static final Var<Boolean> SUBMIT_CONFIRMED = Var.flag("submitConfirmed");

  // 市科技局审定
  public static final String REVIEW_TASK = "Activity_ReviewDemandList";
  public static final Var<SpinJsonNode> SERVICE_UNITS_TABLE = Var.json("serviceUnitsTable");
  public static final Var<SpinJsonNode> DEMANDS_TABLE = Var.json("demandsTable");
  public static final Var<Date> REVIEW_DUE_DATE = Var.time("reviewDueDate");
  public static final Var<String> REVIEW_DECISION = Var.text("reviewDecision");
  public static final Var<String> REVIEW_COMMENT = Var.text("reviewComment");
  public static final String APPROVE = "APPROVE";
  public static final String RETURN = "RETURN";

  // 需求征集即将截止 (district) and 督办逾期需求征集 (city)
  public static final String REMINDER_TASK = "Activity_AcknowledgeReminder";
  public static final Var<Boolean> REMINDER_ACKNOWLEDGED = Var.flag("reminderAcknowledged");
  public static final String FOLLOW_UP_TASK = "Activity_FollowUpOverdue";
  public static final Var<String> FOLLOW_UP_NOTE = Var.text("followUpNote");

  // timers of the event subprocesses
  public static final String REMINDER_TIMER = "StartEvent_ReminderDue";
  public static final String DEADLINE_TIMER = "StartEvent_DeadlinePassed";

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
        UserTask.of(SCREEN_TASK, "demand-collection-service-units", SERVICE_UNITS),
        UserTask.of(COLLECT_TASK, "demand-collection-demands", DEMANDS, SUBMIT_CONFIRMED),
        UserTask.of(REVIEW_TASK, "demand-collection-review", REVIEW_DECISION, REVIEW_COMMENT),
        UserTask.of(REMINDER_TASK, "demand-collection-reminder", REMINDER_ACKNOWLEDGED),
        UserTask.of(FOLLOW_UP_TASK, "demand-collection-overdue", FOLLOW_UP_NOTE));
  }
}
