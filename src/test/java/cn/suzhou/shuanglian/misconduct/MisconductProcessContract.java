package cn.suzhou.shuanglian.misconduct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import static cn.suzhou.shuanglian.misconduct.MisconductContract.*;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchContract;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.dispatch.DispatchService;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.nomination.NominationContract;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * 违纪处理 (P-17) with the real delegates, forms' variables and database: a report against a running
 * dispatch, the district's investigation, the city's decision — a confirmed case with 终止派驻 ends the
 * dispatch by message (in its service years and in its renewal), 列入禁派 bars the person from the next
 * round's nomination, 批评教育 and a dismissal leave the dispatch running; bad reports and bad task
 * answers are refused by field with nothing written; a district reports only its own dispatches. No
 * jobs are run and the clock is not moved. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class MisconductProcessContract {

  static final String DISTRICT = "341302";
  static final List<String> GROUPS = List.of("NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD", "DIGITAL");

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired DispatchService dispatchService;
  @Autowired DispatchRepository dispatches;
  @Autowired CommissionerRepository commissioners;
  @Autowired MisconductCaseRepository cases;
  @Autowired SelectionRoundRepository rounds;

  TestData data;
  RoundDriver drive;
  DispatchFixtures fixtures;
  Enterprise served;
  Agreement agreement;
  Dispatch dispatch;
  String districtOfficial;
  String sourceUnitOfficial;

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    data = new TestData(context);
    drive = new RoundDriver(context, data);
    fixtures = new DispatchFixtures(context, data);
    served = fixtures.enterprise(DISTRICT);
    Commissioner c = data.commissioner(data.sourceUnit());
    agreement = fixtures.signedAgreement(c, DISTRICT, EngineClock.today());
    dispatch = dispatchService.start(agreement.getId(), Set.of(served.getId()));
    districtOfficial = data.districtOfficial(DISTRICT);
    sourceUnitOfficial = data.sourceUnitOfficial(dispatch.getSourceUnit());
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    BpmnAwareTests.reset();
  }

  VariableMap validReport() {
    VariableMap v = AGREEMENT_NO.map(agreement.getAgreementNo());
    CATEGORY.in(v, MisconductCategory.SOLICITING.name());
    FACTS.in(v, "专员多次要求企业将检测业务交由其所在单位承接，并以不再对接高校资源相要挟。");
    OCCURRED_ON.in(v, EngineClock.today());
    EVIDENCE.in(v, "企业提供的微信聊天记录截图三张、业务洽谈会议纪要一份");
    return v;
  }

  /** The case row of a misconductCase instance. */
  MisconductCase caseOf(ProcessInstance c) {
    return cases.findWithDispatchByProcessInstanceId(c.getId()).orElseThrow();
  }

  /** Starts misconductCase as the user, with the user's groups, as Tasklist's start form does. */
  ProcessInstance report(String user, Map<String, Object> variables) {
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList());
    try {
      return runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables)
          .executeWithVariablesInReturn();
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task taskOf(String processInstanceId, String name) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).taskName(name).list();
    assertThat(open).as("open task %s", name).hasSize(1);
    return open.get(0);
  }

  long openTasks(String processInstanceId, String name) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).taskName(name).count();
  }

  void investigate(ProcessInstance c, String finding, String measure, boolean bar) {
    VariableMap v = FINDING.map(finding);
    FINDINGS.in(v, "走访企业负责人及两名员工，调取聊天记录原件，情况属实。");
    RECOMMENDED_MEASURE.in(v, measure);
    RECOMMEND_BAR.in(v, bar);
    drive.complete(taskOf(c.getId(), "调查核实"), districtOfficial, v);
  }

  void decide(ProcessInstance c, String decision, String measure, boolean bar) {
    VariableMap v = DECISION.map(decision);
    MEASURE.in(v, measure);
    BAR.in(v, bar);
    DECISION_REASON.in(v, "经审定，专员以派驻身份强揽业务，违反派驻纪律。");
    drive.complete(taskOf(c.getId(), "审定处理决定"), drive.city, v);
  }

  static List<String> fieldsOf(Throwable thrown) {
    return ProcessRuleViolation.findIn(thrown).orElseThrow().problems().stream()
        .map(ProcessRuleViolation.Problem::field).toList();
  }

  @Test
  @Tag("P-17") @Tag("P-18") @Tag("P-14")
  @DisplayName("P-17 a confirmed case with 终止派驻 and 列入禁派 ends the running dispatch by message (its service years interrupted, TERMINATED with the case's reason, the source unit told) and bars the person: the next round's nomination refuses them")
  void confirmedCaseEndsTheDispatchAndBars() {
    ProcessInstance c = report(districtOfficial, validReport());
    MisconductCase reported = caseOf(c);
    assertThat(reported.getStatus()).isEqualTo(MisconductStatus.REPORTED);
    assertThat(reported.getReporterRole()).isEqualTo(ReporterRole.DISTRICT);
    assertThat(c.getBusinessKey()).isEqualTo("违纪-" + dispatch.getId() + "-" + reported.getId());
    assertThat((String) runtimeService.getVariable(c.getId(), CASE_TITLE.name()))
        .contains(c.getBusinessKey(), dispatch.getCommissioner().getName(), "埇桥区", "强揽业务");
    Task investigation = taskOf(c.getId(), "调查核实");
    assertThat(taskService.getIdentityLinksForTask(investigation.getId()))
        .extracting(IdentityLink::getGroupId).contains(Groups.district(DISTRICT));
    assertThat(investigation.getDueDate()).isNotNull();

    investigate(c, SUBSTANTIATED, MisconductMeasure.TERMINATE_DISPATCH.name(), true);
    assertThat(cases.findById(reported.getId()).orElseThrow().getStatus()).isEqualTo(MisconductStatus.INVESTIGATED);
    Task decision = taskOf(c.getId(), "审定处理决定");
    assertThat(taskService.getVariable(decision.getId(), RECOMMENDED_LABEL.name())).asString()
        .contains("终止派驻", "建议列入禁派");
    decide(c, CONFIRM, MisconductMeasure.TERMINATE_DISPATCH.name(), true);

    MisconductCase decided = cases.findById(reported.getId()).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(MisconductStatus.CONFIRMED);
    assertThat(decided.getMeasure()).isEqualTo(MisconductMeasure.TERMINATE_DISPATCH);
    assertThat(decided.isBarred()).isTrue();
    assertThat(decided.getDecidedBy()).isEqualTo(drive.city);
    assertThat(decided.getDecidedAt()).isNotNull();
    assertThat(decided.getDispatchOutcome()).isEqualTo(DispatchOutcome.TERMINATED);

    Dispatch ended = dispatches.findById(dispatch.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(DispatchStatus.TERMINATED);
    assertThat(ended.getEndReason()).contains(c.getBusinessKey(), "强揽业务", "P-17");
    ProcessInstance dispatchCase = runtimeService.createProcessInstanceQuery()
        .processInstanceId(dispatch.getProcessInstanceId()).singleResult();
    BpmnAwareTests.assertThat(dispatchCase).hasPassed("Event_MisconductCaught", "Activity_TerminateForMisconduct")
        .isWaitingAt(DispatchContract.NOTIFY_SOURCE_UNIT_MISCONDUCT_TASK);
    Task notice = taskOf(dispatch.getProcessInstanceId(), "知悉派驻因违纪终止");
    assertThat(taskService.getIdentityLinksForTask(notice.getId())).extracting(IdentityLink::getGroupId)
        .contains(Groups.sourceUnit(dispatch.getSourceUnit().getCode()));
    assertThat(taskService.getVariable(notice.getId(), DispatchContract.TERMINATION_REASON.name())).asString()
        .contains(c.getBusinessKey());
    assertThat(taskService.createTaskQuery().processInstanceId(dispatch.getProcessInstanceId()).count())
        .as("the service years' tasks and timers are gone; only the notice is open").isOne();

    // the reporter is told personally; the source unit hears it from the dispatch's case, not twice
    Task told = taskOf(c.getId(), "知悉违纪处理结果");
    assertThat(told.getAssignee()).isEqualTo(districtOfficial);
    assertThat(taskService.getVariable(told.getId(), OUTCOME_TEXT.name())).asString().contains("终止派驻", "列入禁派");
    assertThat(openTasks(c.getId(), "知悉专员违纪处理决定")).isZero();
    drive.complete(told, districtOfficial, OUTCOME_ACKNOWLEDGED.map(true));
    drive.complete(notice, sourceUnitOfficial, DispatchContract.TERMINATION_ACKNOWLEDGED.map(true));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(c.getId()).count()).isZero();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(dispatch.getProcessInstanceId()).count())
        .isZero();

    Commissioner barred = commissioners.findById(dispatch.getCommissioner().getId()).orElseThrow();
    assertThat(barred.isBarred()).isTrue();
    assertThat(barred.getBarredReason()).contains(c.getBusinessKey(), "P-17", "P-18");

    // the next round's nomination refuses the person, naming the reason
    int year = Rounds.freshYear(rounds);
    drive.roundReadyForNomination(year, GROUPS);
    List<Map<String, Object>> rows = List.of(Map.of("commissionerId", barred.getId(), "conditionsAttested", true));
    Task draft = drive.task(year + "-nomination", "拟定初步名单");
    assertThatThrownBy(() -> drive.complete(draft, drive.city,
        Map.of(NominationContract.NOMINEES.name(), drive.jsonList(rows))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage())
            .contains(barred.getName()).contains(c.getBusinessKey()).contains("P-17"));
  }

  @Test
  @Tag("P-17") @Tag("P-15")
  @DisplayName("P-17 confirmed misconduct while the parties decide on renewal ends the dispatch there too: the renewal opinions are withdrawn, the record is TERMINATED, the source unit told")
  void confirmedCaseEndsTheDispatchDuringRenewal() {
    runtimeService.createProcessInstanceModification(dispatch.getProcessInstanceId())
        .cancelAllForActivity("SubProcess_ServiceYear#multiInstanceBody")
        .startBeforeActivity(DispatchContract.RENEWAL_OPINION_TASK + "#multiInstanceBody")
        .execute();
    assertThat(openTasks(dispatch.getProcessInstanceId(), "续派意见")).isEqualTo(3);

    ProcessInstance c = report(served.getContactUserId(), validReport());
    investigate(c, SUBSTANTIATED, MisconductMeasure.TERMINATE_DISPATCH.name(), false);
    decide(c, CONFIRM, MisconductMeasure.TERMINATE_DISPATCH.name(), false);

    assertThat(openTasks(dispatch.getProcessInstanceId(), "续派意见")).isZero();
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery()
            .processInstanceId(dispatch.getProcessInstanceId()).singleResult())
        .hasPassed("Event_MisconductDuringRenewal").isWaitingAt(DispatchContract.NOTIFY_SOURCE_UNIT_MISCONDUCT_TASK);
    assertThat(dispatches.findById(dispatch.getId()).orElseThrow().getStatus()).isEqualTo(DispatchStatus.TERMINATED);
    assertThat(commissioners.findById(dispatch.getCommissioner().getId()).orElseThrow().isBarred())
        .as("not barred: the decision did not say so").isFalse();
    Task told = taskOf(c.getId(), "知悉违纪处理结果");
    assertThat(told.getAssignee()).as("the enterprise contact, personally").isEqualTo(served.getContactUserId());
  }

  @Test
  @Tag("P-17") @Tag("P-18")
  @DisplayName("P-17 a dismissed report leaves the dispatch running and the person unbarred; 批评教育 with 列入禁派 keeps the dispatch but bars the person and tells the source unit")
  void dismissalAndCriticismLeaveTheDispatchRunning() {
    ProcessInstance dismissed = report(served.getContactUserId(), validReport());
    investigate(dismissed, UNSUBSTANTIATED, null, false);
    decide(dismissed, DISMISS, null, false);
    MisconductCase first = caseOf(dismissed);
    assertThat(first.getStatus()).isEqualTo(MisconductStatus.DISMISSED);
    assertThat(first.getMeasure()).isNull();
    assertThat(first.getDispatchOutcome()).isEqualTo(DispatchOutcome.CONTINUES);
    assertThat(dispatches.findById(dispatch.getId()).orElseThrow().getStatus()).isEqualTo(DispatchStatus.ACTIVE);
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(dispatch.getProcessInstanceId()).singleResult()).isWaitingAt("Event_YearEnds");
    assertThat(taskOf(dismissed.getId(), "知悉违纪处理结果").getAssignee()).isEqualTo(served.getContactUserId());
    assertThat(openTasks(dismissed.getId(), "知悉专员违纪处理决定")).as("a dismissed report is not fed back").isZero();

    ProcessInstance criticised = report(drive.city, validReport());
    investigate(criticised, SUBSTANTIATED, MisconductMeasure.CRITICISM.name(), true);
    decide(criticised, CONFIRM, MisconductMeasure.CRITICISM.name(), true);
    assertThat(dispatches.findById(dispatch.getId()).orElseThrow().getStatus()).isEqualTo(DispatchStatus.ACTIVE);
    BpmnAwareTests.assertThat(runtimeService.createProcessInstanceQuery()
        .processInstanceId(dispatch.getProcessInstanceId()).singleResult()).isWaitingAt("Event_YearEnds");
    assertThat(commissioners.findById(dispatch.getCommissioner().getId()).orElseThrow().isBarred()).isTrue();
    Task unitNotice = taskOf(criticised.getId(), "知悉专员违纪处理决定");
    assertThat(taskService.getIdentityLinksForTask(unitNotice.getId())).extracting(IdentityLink::getGroupId)
        .contains(Groups.sourceUnit(dispatch.getSourceUnit().getCode()));
    assertThat(taskService.getVariable(unitNotice.getId(), OUTCOME_TEXT.name())).asString().contains("批评教育");
    Task told = taskOf(criticised.getId(), "知悉违纪处理结果");
    assertThat(told.getAssignee()).isEqualTo(drive.city);
  }

  @Test
  @Tag("P-17")
  @DisplayName("P-17 a bad report is refused naming every field (unknown agreement, category, short facts, future day, no evidence), nothing written; an ended dispatch cannot be reported")
  void badReportIsRefusedByField() {
    long casesBefore = cases.count();
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
        .count();
    VariableMap bad = validReport();
    AGREEMENT_NO.in(bad, "宿科协〔1999〕000000-9");
    CATEGORY.in(bad, "BRIBERY");
    FACTS.in(bad, "强揽业务");
    OCCURRED_ON.in(bad, EngineClock.today().plusDays(3));
    bad.remove(EVIDENCE.name());
    assertThatThrownBy(() -> report(districtOfficial, bad))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(AGREEMENT_NO.name(), CATEGORY.name(),
            FACTS.name(), OCCURRED_ON.name(), EVIDENCE.name()))
        .satisfies(e -> assertThat(e.getMessage()).contains("宿科协〔1999〕000000-9", "BRIBERY", "20–4000", "晚于今天"));

    VariableMap beforeTerm = OCCURRED_ON.in(validReport(), EngineClock.today().minusDays(1));
    assertThatThrownBy(() -> report(districtOfficial, beforeTerm))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(OCCURRED_ON.name()));

    dispatchService.complete(dispatch.getId());
    assertThatThrownBy(() -> report(districtOfficial, validReport()))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(AGREEMENT_NO.name()))
        .satisfies(e -> assertThat(e.getMessage()).contains("已结束"));
    assertThat(cases.count()).isEqualTo(casesBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(instancesBefore);
  }

  @Test
  @Tag("P-17") @Tag("P-14")
  @DisplayName("P-14/P-17 only those who manage the dispatch report it: another district's official and an enterprise it does not serve are refused naming the dispatch; nothing written")
  void onlyThoseWhoManageTheDispatchReport() {
    long before = cases.count();
    for (String outsider : List.of(data.districtOfficial("341321"), fixtures.enterprise(DISTRICT).getContactUserId())) {
      assertThatThrownBy(() -> report(outsider, validReport())).as(outsider)
          .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(AGREEMENT_NO.name()))
          .satisfies(e -> assertThat(e.getMessage()).contains("P-14"));
    }
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  @Tag("P-17") @Tag("P-14")
  @DisplayName("P-17 the reporter is whoever starts the case, authenticated: a start naming someone else as reporter records the one who started it; a start with no authenticated user is refused")
  void theReporterIsTheAuthenticatedUser() {
    VariableMap forged = REPORTER_USER_ID.in(validReport(), drive.city);
    REPORTER_GROUP_ID.in(forged, Groups.CITY);
    ProcessInstance c = report(served.getContactUserId(), forged);
    MisconductCase written = caseOf(c);
    assertThat(written.getReporterUserId()).isEqualTo(served.getContactUserId());
    assertThat(written.getReporterRole()).isEqualTo(ReporterRole.ENTERPRISE);
    assertThat(runtimeService.getVariable(c.getId(), REPORTER_USER_ID.name())).isEqualTo(served.getContactUserId());
    assertThat(runtimeService.getVariable(c.getId(), REPORTER_GROUP_ID.name())).isNull();

    long before = cases.count();
    assertThatThrownBy(() -> runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(validReport())
        .execute())
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(AGREEMENT_NO.name()))
        .satisfies(e -> assertThat(e.getMessage()).contains("P-14"));
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  @Tag("P-17")
  @DisplayName("P-17 the investigation and the decision are refused by field: 查实 without a measure, 不实 with a bar, a decision without a measure or reason, a dismissal with a bar")
  void taskAnswersAreCheckedByField() {
    ProcessInstance c = report(districtOfficial, validReport());
    VariableMap noMeasure = FINDINGS.in(FINDING.map(SUBSTANTIATED), "走访企业负责人，情况属实。");
    assertThatThrownBy(() -> drive.complete(taskOf(c.getId(), "调查核实"), districtOfficial, noMeasure))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(RECOMMENDED_MEASURE.name()));
    VariableMap barNotFound = RECOMMEND_BAR.in(FINDINGS.in(FINDING.map(UNSUBSTANTIATED), "走访企业负责人，举报不实。"),
        true);
    assertThatThrownBy(() -> drive.complete(taskOf(c.getId(), "调查核实"), districtOfficial, barNotFound))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(RECOMMEND_BAR.name()));
    investigate(c, SUBSTANTIATED, MisconductMeasure.TERMINATE_DISPATCH.name(), false);

    VariableMap vague = DECISION.map(CONFIRM);
    assertThatThrownBy(() -> drive.complete(taskOf(c.getId(), "审定处理决定"), drive.city, vague))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactlyInAnyOrder(MEASURE.name(), DECISION_REASON.name()));
    VariableMap dismissAndBar = DECISION_REASON.in(BAR.in(DECISION.map(DISMISS), true), "证据不足");
    assertThatThrownBy(() -> drive.complete(taskOf(c.getId(), "审定处理决定"), drive.city, dismissAndBar))
        .satisfies(e -> assertThat(fieldsOf(e)).containsExactly(BAR.name()));
    MisconductCase still = caseOf(c);
    assertThat(still.getStatus()).isEqualTo(MisconductStatus.INVESTIGATED);
    assertThat(dispatches.findById(dispatch.getId()).orElseThrow().isActive()).isTrue();
  }

  @Test
  @Tag("P-17") @Tag("P-15")
  @DisplayName("P-17 with no dispatch case waiting for the message the decision ends the record itself and tells the source unit (renewal then renews nothing); a dispatch that ended before the decision is recorded ALREADY_ENDED, the bar still applies — no incident")
  void decisionWithoutAWaitingDispatchCase() {
    Commissioner other = data.commissioner(data.sourceUnit());
    Enterprise otherServed = fixtures.enterprise(DISTRICT);
    Dispatch unattended = fixtures.dispatch(other, DISTRICT, EngineClock.today(), List.of(otherServed));
    VariableMap report = AGREEMENT_NO.in(validReport(), unattended.getAgreement().getAgreementNo());
    ProcessInstance c = report(districtOfficial, report);
    investigate(c, SUBSTANTIATED, MisconductMeasure.TERMINATE_DISPATCH.name(), false);
    decide(c, CONFIRM, MisconductMeasure.TERMINATE_DISPATCH.name(), false);
    Dispatch ended = dispatches.findById(unattended.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(DispatchStatus.TERMINATED);
    assertThat(ended.getEndReason()).contains(c.getBusinessKey(), "P-17");
    assertThat(taskOf(c.getId(), "知悉专员违纪处理决定")).isNotNull();
    assertThat(dispatchService.renew(unattended.getId()).getId()).isEqualTo(unattended.getId());
    assertThat(dispatches.findByActiveCommissionerId(other.getId())).isEmpty();

    ProcessInstance late = report(districtOfficial, validReport());
    investigate(late, SUBSTANTIATED, MisconductMeasure.TERMINATE_DISPATCH.name(), true);
    dispatchService.complete(dispatch.getId());
    decide(late, CONFIRM, MisconductMeasure.TERMINATE_DISPATCH.name(), true);
    MisconductCase decided = caseOf(late);
    assertThat(decided.getStatus()).isEqualTo(MisconductStatus.CONFIRMED);
    assertThat(decided.getDispatchOutcome()).isEqualTo(DispatchOutcome.ALREADY_ENDED);
    assertThat(dispatches.findById(dispatch.getId()).orElseThrow().getStatus()).isEqualTo(DispatchStatus.COMPLETED);
    assertThat(commissioners.findById(dispatch.getCommissioner().getId()).orElseThrow().isBarred()).isTrue();
    assertThat(taskService.getVariable(taskOf(late.getId(), "知悉专员违纪处理决定").getId(), OUTCOME_TEXT.name())).asString()
        .contains("期满结束", "列入禁派");
    assertThat(runtimeService.createIncidentQuery().processInstanceId(late.getId()).count()).isZero();
  }
}
