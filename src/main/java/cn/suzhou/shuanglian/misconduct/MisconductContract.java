package cn.suzhou.shuanglian.misconduct;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code misconductCase} (违纪处理, P-17): the only place its variable names are
 * written. The reporter is the authenticated user who starts the case (Tasklist's start form, or
 * {@code POST /api/misconduct-cases} as the caller); the dispatch named by its agreement number (or,
 * over REST, its id) is looked up in the domain; from then on the case is the {@code misconduct_case}
 * row linked to it by process instance id, and the variables below only mirror it for Tasklist. A
 * confirmed case with 终止派驻 ends the dispatch by the message
 * {@link cn.suzhou.shuanglian.dispatch.DispatchContract#MISCONDUCT_CONFIRMED} to the dispatch's case.
 */
@Component
public class MisconductContract implements ProcessContract {

  public static final String PROCESS_KEY = "misconductCase";

  // start form (举报违纪)
  /** 派驻协议编号: how a district official or an enterprise names the dispatch in Tasklist. */
  public static final Var<String> AGREEMENT_NO = Var.text("agreementNo");
  public static final Var<String> CATEGORY = Var.text("misconductCategory");
  public static final Var<String> FACTS = Var.text("misconductFacts");
  public static final Var<LocalDate> OCCURRED_ON = Var.date("occurredOn");
  public static final Var<String> EVIDENCE = Var.text("evidence");
  /** REST only: the dispatch's id instead of its agreement number. */
  public static final Var<Long> DISPATCH_ID = Var.whole("dispatchId");

  // case context mirrored from the case row (display, candidate groups)
  public static final Var<Long> CASE_ID = Var.whole("misconductCaseId");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> CATEGORY_LABEL = Var.text("misconductCategoryLabel");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> COMMISSIONER_NAME = Var.text("commissionerName");
  public static final Var<String> SOURCE_UNIT_CODE = Var.text("sourceUnitCode");
  public static final Var<String> SOURCE_UNIT_NAME = Var.text("sourceUnitName");
  public static final Var<String> DISPATCH_KEY = Var.text("dispatchBusinessKey");
  public static final Var<String> REPORTER_USER_ID = Var.text("reporterUserId");
  /** The reporter's group for their outcome task besides themself: their district, or the city. */
  public static final Var<String> REPORTER_GROUP_ID = Var.text("reporterGroupId");
  public static final Var<String> REPORTER_LABEL = Var.text("reporterLabel");
  public static final Var<Date> INVESTIGATION_DUE = Var.time("investigationDueDate");

  // 调查核实 (district)
  public static final String INVESTIGATE_TASK = "Activity_Investigate";
  public static final Var<String> FINDING = Var.text("investigationFinding");
  public static final String SUBSTANTIATED = "SUBSTANTIATED";
  public static final String UNSUBSTANTIATED = "UNSUBSTANTIATED";
  public static final Var<String> FINDINGS = Var.text("investigationFindings");
  public static final Var<String> RECOMMENDED_MEASURE = Var.text("recommendedMeasure");
  public static final Var<Boolean> RECOMMEND_BAR = Var.flag("recommendBar");
  public static final Var<String> FINDING_LABEL = Var.text("investigationFindingLabel");
  public static final Var<String> RECOMMENDED_LABEL = Var.text("recommendedMeasureLabel");
  public static final Var<Date> DECISION_DUE = Var.time("decisionDueDate");

  // 审定处理决定 (city)
  public static final String DECIDE_TASK = "Activity_DecideMisconduct";
  public static final Var<String> DECISION = Var.text("misconductDecision");
  public static final String CONFIRM = "CONFIRM";
  public static final String DISMISS = "DISMISS";
  public static final Var<String> MEASURE = Var.text("misconductMeasure");
  public static final Var<Boolean> BAR = Var.flag("barFromFutureRounds");
  public static final Var<String> DECISION_REASON = Var.text("decisionReason");

  // 执行处理决定, then 知悉违纪处理结果 (reporter) and 知悉专员违纪处理决定 (source unit)
  public static final Var<String> OUTCOME_TEXT = Var.text("outcomeText");
  /** Whether this case tells the source unit (not when the dispatch's own case already does). */
  public static final Var<Boolean> INFORM_SOURCE_UNIT = Var.flag("informSourceUnit");
  public static final String INFORM_REPORTER_TASK = "Activity_InformReporter";
  public static final String INFORM_SOURCE_UNIT_TASK = "Activity_InformSourceUnit";
  public static final Var<Boolean> OUTCOME_ACKNOWLEDGED = Var.flag("outcomeAcknowledged");

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, AGREEMENT_NO, COMMISSIONER_NAME, SOURCE_UNIT_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public StartSpec start() {
    return StartSpec.form("misconduct-report", AGREEMENT_NO, CATEGORY, FACTS, OCCURRED_ON, EVIDENCE)
        .andApiOnly(DISPATCH_ID);
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(INVESTIGATE_TASK, "misconduct-investigate", FINDING, FINDINGS, RECOMMENDED_MEASURE, RECOMMEND_BAR)
            .showing(FACTS, EVIDENCE),
        UserTask.of(DECIDE_TASK, "misconduct-decide", DECISION, MEASURE, BAR, DECISION_REASON)
            .showing(FACTS, FINDINGS),
        UserTask.of(INFORM_REPORTER_TASK, "misconduct-outcome-reporter", OUTCOME_ACKNOWLEDGED),
        UserTask.of(INFORM_SOURCE_UNIT_TASK, "misconduct-outcome-source-unit", OUTCOME_ACKNOWLEDGED));
  }
}
