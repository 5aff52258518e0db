package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
 * serviceRecord with the real delegates, engine authorizations and database: a commissioner logs a
 * service, the enterprise's contact (or the district, for an enterprise without a login) confirms or
 * disputes it, only confirmed days count in {@link ServiceRecordService#tally}; every bad input is
 * refused by field with nothing written; nobody else sees or completes the tasks. "Today" is
 * 2025-06-15 in Suzhou (engine clock); the dispatch runs from 2024-09-01, so service year 1 is
 * 2024-09-01..2025-08-31. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServiceRecordProcessContract {

  static final String DISTRICT = "341302";
  static final String OTHER_DISTRICT = "341321";
  static final LocalDate TERM_START = LocalDate.of(2024, 9, 1);
  static final String SUMMARY_TEXT = "现场诊断窑炉能耗问题，提出余热回收改造方案并联系高校团队对接。";
  /** Variables an attacker sends that the process used to trust: it must ignore them now. */
  static final String FORGED_RECORD_ID = "serviceRecordId";
  static final String FORGED_INITIATOR = "initiatorUserId";

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ServiceRecordRepository records;
  @Autowired ServiceRecordService serviceRecords;
  @Autowired EnterpriseRepository enterprises;
  @Autowired DistrictRepository districts;
  @Autowired IndustryGroupRepository industryGroups;
  @Autowired ServiceRecordContract contract;

  TestData data;
  DispatchFixtures fixtures;
  Commissioner commissioner;
  Enterprise enterprise;
  Dispatch dispatch;

  @BeforeEach
  void fixtures() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 6, 15, 10, 0).atZone(EngineClock.ZONE).toInstant()));
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    commissioner = data.commissioner(data.sourceUnit());
    enterprise = fixtures.enterprise(DISTRICT);
    dispatch = fixtures.dispatch(commissioner, DISTRICT, TERM_START, List.of(enterprise));
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  /** A start as the form submits it; dates as ISO text. */
  static VariableMap service(String creditCode, String start, String end, long days) {
    VariableMap variables = SERVICE_TYPE.map("CONSULTING");
    START_DATE.in(variables, LocalDate.parse(start));
    END_DATE.in(variables, LocalDate.parse(end));
    DAYS.in(variables, days);
    CREDIT_CODE.in(variables, creditCode);
    SUMMARY.in(variables, SUMMARY_TEXT);
    return variables;
  }

  VariableMap valid() {
    return service(enterprise.getCreditCode(), "2025-03-02", "2025-03-04", 3);
  }

  ProcessInstance start(String userId, List<String> groups, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance logAsCommissioner(Map<String, Object> variables) {
    return start(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), variables);
  }

  List<Task> tasksSeenBy(String userId, List<String> groups, ProcessInstance instance) {
    identityService.setAuthentication(userId, groups);
    try {
      return taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    } finally {
      identityService.clearAuthentication();
    }
  }

  void completeAs(String userId, List<String> groups, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The case's record, by its link to the process instance. */
  ServiceRecord recordOf(ProcessInstance instance) {
    return records.findWithDispatchByProcessInstanceId(instance.getId()).orElseThrow();
  }

  Object variable(ProcessInstance instance, cn.suzhou.shuanglian.platform.process.contract.Var<?> variable) {
    return runtimeService.getVariable(instance.getId(), variable.name());
  }

  boolean ended(ProcessInstance instance, String endEvent) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(endEvent).finished().count() == 1
        && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  /** The start is refused naming the field (with the text given), and no record or instance is left. */
  void assertRefused(VariableMap variables, cn.suzhou.shuanglian.platform.process.contract.Var<?> field, String... texts) {
    long recordsBefore = records.count();
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
    assertThatThrownBy(() -> logAsCommissioner(variables))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, violation -> assertThat(violation.problems())
            .as("problems of %s", variables).filteredOn(p -> p.field().equals(field.name())).singleElement()
            .satisfies(p -> assertThat(p.message()).contains(texts)));
    assertThat(records.count()).as("service_record rows").isEqualTo(recordsBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .as("serviceRecord instances").isEqualTo(instancesBefore);
  }

  @Test
  @Tag("P-06") @Tag("P-09") @Tag("P-15")
  @DisplayName("P-15 a confirmed record counts in the tally; a pending one does not")
  void confirmedRecordCounts() {
    ProcessInstance instance = logAsCommissioner(valid());
    ServiceRecord record = recordOf(instance);
    assertThat(record.getStatus()).isEqualTo(ServiceRecordStatus.PENDING);
    assertThat(record.getServiceYear()).isEqualTo(1);
    assertThat(record.getRecordedBy()).isEqualTo(commissioner.getUserId());
    assertThat(variable(instance, CASE_TITLE))
        .isEqualTo(commissioner.getName() + " · " + enterprise.getName() + " · 3天（2025-03-02至03-04）");
    assertThat(variable(instance, DISTRICT_NAME)).isEqualTo("埇桥区");
    assertThat(variable(instance, APPLICANT_NAME)).isEqualTo(commissioner.getName());
    assertThat(instance.getBusinessKey()).isEqualTo("SR-" + dispatch.getId() + "-" + record.getId());

    String contact = enterprise.getContactUserId();
    Task confirm = tasksSeenBy(contact, List.of(Groups.ENTERPRISES), instance).get(0);
    assertThat(confirm.getName()).isEqualTo("服务单位确认");
    assertThat(confirm.getDueDate()).isEqualTo(
        Date.from(LocalDateTime.of(2025, 6, 29, 10, 0).atZone(EngineClock.ZONE).toInstant()));
    completeAs(contact, List.of(Groups.ENTERPRISES), confirm, RECORD_DECISION.map(CONFIRM));

    ServiceRecord confirmed = records.findById(record.getId()).orElseThrow();
    assertThat(confirmed.getStatus()).isEqualTo(ServiceRecordStatus.CONFIRMED);
    assertThat(confirmed.getAnsweredBy()).isEqualTo(contact);
    assertThat(confirmed.getAnsweredAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    assertThat(ended(instance, CONFIRMED_END)).isTrue();

    logAsCommissioner(service(enterprise.getCreditCode(), "2025-04-01", "2025-04-01", 1));

    ServiceTally tally = serviceRecords.tally(dispatch.getId(), 1);
    assertThat(tally.confirmedDays()).isEqualTo(3);
    assertThat(tally.confirmedServices()).isEqualTo(1);
    assertThat(tally.servicesByType()).containsEntry(ServiceType.CONSULTING, 1).containsEntry(ServiceType.COOPERATION, 0);
    assertThat(tally.enterpriseIds()).containsExactly(enterprise.getId());
    assertThat(tally.pendingServices()).isEqualTo(1);
    assertThat(tally.disputedServices()).isZero();
    assertThat(serviceRecords.tally(dispatch.getId(), 2).confirmedDays()).isZero();
  }

  @Test
  @Tag("P-14") @Tag("P-15")
  @DisplayName("P-15 a disputed record does not count; a dispute needs a reason; the commissioner acknowledges it")
  void disputedRecordDoesNotCount() {
    ProcessInstance instance = logAsCommissioner(valid());
    String contact = enterprise.getContactUserId();
    Task confirm = tasksSeenBy(contact, List.of(Groups.ENTERPRISES), instance).get(0);

    assertThatThrownBy(() -> completeAs(contact, List.of(Groups.ENTERPRISES), confirm,
        RECORD_DECISION.map(DISPUTE)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).map(ProcessRuleViolation::field)).contains(DISPUTE_REASON.name()));
    assertThat(recordOf(instance).getStatus()).isEqualTo(ServiceRecordStatus.PENDING);

    completeAs(contact, List.of(Groups.ENTERPRISES), confirm,
        DISPUTE_REASON.in(RECORD_DECISION.map(DISPUTE), "3月3日专员未到企业，实际服务仅1天"));
    ServiceRecord record = records.findById(recordOf(instance).getId()).orElseThrow();
    assertThat(record.getStatus()).isEqualTo(ServiceRecordStatus.DISPUTED);
    assertThat(record.getDisputeReason()).isEqualTo("3月3日专员未到企业，实际服务仅1天");
    assertThat(record.getAnsweredBy()).isEqualTo(contact);

    ServiceTally tally = serviceRecords.tally(dispatch.getId(), 1);
    assertThat(tally.confirmedDays()).isZero();
    assertThat(tally.confirmedServices()).isZero();
    assertThat(tally.enterpriseIds()).isEmpty();
    assertThat(tally.disputedServices()).isEqualTo(1);

    Task acknowledge = tasksSeenBy(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), instance).get(0);
    assertThat(acknowledge.getName()).isEqualTo("知悉服务记录异议");
    assertThat(acknowledge.getAssignee()).isEqualTo(commissioner.getUserId());
    assertThat(tasksSeenBy(contact, List.of(Groups.ENTERPRISES), instance)).isEmpty();
    completeAs(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), acknowledge, DISPUTE_ACKNOWLEDGED.map(true));
    assertThat(ended(instance, DISPUTED_END)).isTrue();
  }

  @Test
  @Tag("P-06") @Tag("P-09") @Tag("P-15")
  @DisplayName("P-15 each bad input is refused naming its field, and nothing is written")
  void badInputIsRefusedByField() {
    String code = enterprise.getCreditCode();
    assertRefused(service(code, "2025-03-02", "2025-03-04", 0), DAYS, "大于 0");
    assertRefused(service(code, "2025-03-02", "2025-03-04", 4), DAYS, "4 天", "3 天");
    assertRefused(service(code, "2024-08-20", "2024-08-21", 2), START_DATE, "派驻期", "2024-09-01");
    assertRefused(service(code, "2025-08-30", "2025-09-02", 2), END_DATE, "同一服务年度", "2024-09-01", "2025-08-31");
    assertRefused(service(code, "2025-06-14", "2025-06-20", 2), END_DATE, "晚于今天", "2025-06-15");
    Enterprise notServed = fixtures.enterprise(DISTRICT);
    assertRefused(service(notServed.getCreditCode(), "2025-03-02", "2025-03-04", 3), CREDIT_CODE,
        notServed.getCreditCode(), "专员未服务的企业");
    VariableMap noSummary = valid();
    noSummary.remove(SUMMARY.name());
    assertRefused(noSummary, SUMMARY, "服务内容摘要");
    assertRefused(SUMMARY.in(valid(), "去了一趟"), SUMMARY, "10–2000");
    assertRefused(SERVICE_TYPE.in(valid(), "SIGHTSEEING"), SERVICE_TYPE, "SIGHTSEEING");
    assertRefused(service(code, "2025-03-05", "2025-03-04", 1), END_DATE, "早于开始日期");
    VariableMap noDate = valid();
    noDate.putValue(START_DATE.name(), "2025-02-30");  // as a REST integrator may send it
    assertRefused(noDate, START_DATE, "不是有效日期");
    VariableMap wordsForDays = valid();
    wordsForDays.putValue(DAYS.name(), "三天");
    assertRefused(wordsForDays, DAYS, "不是整数");
  }

  @Test
  @Tag("P-15")
  @DisplayName("P-15 all problems of one record come back at once")
  void allProblemsAtOnce() {
    VariableMap bad = service("91341302MA2T000155", "2025-03-02", "2025-03-04", -1);
    SERVICE_TYPE.in(bad, null);
    SUMMARY.in(bad, " ");
    assertThatThrownBy(() -> logAsCommissioner(bad)).isInstanceOfSatisfying(ProcessRuleViolation.class,
        violation -> assertThat(violation.problems()).extracting(ProcessRuleViolation.Problem::field)
            .containsExactlyInAnyOrder(SERVICE_TYPE.name(), DAYS.name(), CREDIT_CODE.name(), SUMMARY.name()));
  }

  @Test
  @Tag("P-14") @Tag("P-15")
  @DisplayName("P-14 only the commissioner of a running dispatch logs for it; the city files for a named dispatch")
  void whoMayLog() {
    Commissioner other = data.commissioner(data.sourceUnit());
    VariableMap foreign = DISPATCH_ID.in(valid(), dispatch.getId());
    long before = records.count();
    assertThatThrownBy(() -> start(other.getUserId(), List.of(Groups.COMMISSIONERS), foreign))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, v -> assertThat(v.field()).isEqualTo(DISPATCH_ID.name()));
    assertThatThrownBy(() -> start(other.getUserId(), List.of(Groups.COMMISSIONERS), valid()))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, v -> assertThat(v.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("没有正在进行的派驻")));
    assertThat(records.count()).isEqualTo(before);

    String city = data.cityOfficial();
    ProcessInstance filed = start(city, List.of(Groups.CITY), foreign);
    assertThat(recordOf(filed).getRecordedBy()).isEqualTo(city);
    assertThat(recordOf(filed).getDispatch().getId()).isEqualTo(dispatch.getId());
  }

  @Test
  @Tag("P-14") @Tag("P-15")
  @DisplayName("P-14 an enterprise without a login is confirmed by its district's S&T department")
  void districtConfirmsForEnterpriseWithoutLogin() {
    Commissioner second = data.commissioner(data.sourceUnit());
    String code = data.creditCode();
    Enterprise noLogin = enterprises.save(new Enterprise(code, "宿州无账号企业" + code, districts.findById(DISTRICT).orElseThrow(),
        industryGroups.getReferenceById("NEW_MATERIALS"), EnterpriseScale.SMALL, null, "王经理", "13955700001"));
    Dispatch secondDispatch = fixtures.dispatch(second, DISTRICT, TERM_START, List.of(noLogin));
    ProcessInstance instance = start(second.getUserId(), List.of(Groups.COMMISSIONERS),
        service(code, "2025-05-06", "2025-05-07", 2));
    assertThat(variable(instance, CONFIRMER_GROUP_ID)).isEqualTo(Groups.district(DISTRICT));

    String official = data.districtOfficial(DISTRICT);
    List<Task> seen = tasksSeenBy(official, List.of(Groups.district(DISTRICT)), instance);
    assertThat(seen).extracting(Task::getName).containsExactly("服务单位确认");
    assertThat(taskService.getIdentityLinksForTask(seen.get(0).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Groups.district(DISTRICT));
    assertThat(tasksSeenBy(data.districtOfficial(OTHER_DISTRICT), List.of(Groups.district(OTHER_DISTRICT)), instance)).isEmpty();

    completeAs(official, List.of(Groups.district(DISTRICT)), seen.get(0), RECORD_DECISION.map(CONFIRM));
    assertThat(serviceRecords.tally(secondDispatch.getId(), 1).confirmedDays()).isEqualTo(2);
    assertThat(records.findByDispatchIdOrderByStartDateAscIdAsc(secondDispatch.getId()))
        .singleElement().satisfies(r -> assertThat(r.getAnsweredBy()).isEqualTo(official));
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 another commissioner, another district, the own district and another enterprise neither see nor complete the enterprise's task")
  void othersNeitherSeeNorComplete() {
    ProcessInstance instance = logAsCommissioner(valid());
    Task confirm = tasksSeenBy(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), instance).get(0);

    Commissioner other = data.commissioner(data.sourceUnit());
    Map<String, List<String>> outsiders = Map.of(
        other.getUserId(), List.of(Groups.COMMISSIONERS),
        commissioner.getUserId(), List.of(Groups.COMMISSIONERS),
        data.districtOfficial(OTHER_DISTRICT), List.of(Groups.district(OTHER_DISTRICT)),
        data.districtOfficial(DISTRICT), List.of(Groups.district(DISTRICT)),
        fixtures.enterprise(DISTRICT).getContactUserId(), List.of(Groups.ENTERPRISES));
    outsiders.forEach((user, groups) -> {
      assertThat(tasksSeenBy(user, groups, instance)).as("tasks seen by %s", user).isEmpty();
      assertThatThrownBy(() -> completeAs(user, groups, confirm, RECORD_DECISION.map(CONFIRM)))
          .as("%s completing", user).isInstanceOf(AuthorizationException.class);
    });
    assertThat(recordOf(instance).getStatus()).isEqualTo(ServiceRecordStatus.PENDING);
  }

  @Test
  @Tag("P-14") @Tag("P-15")
  @DisplayName("P-15 the answer lands on the case's own record: a forged serviceRecordId confirms nothing else, a forged commissionerUserId redirects nothing")
  void answerFindsTheCaseRecord() {
    Commissioner second = data.commissioner(data.sourceUnit());
    Enterprise otherEnterprise = fixtures.enterprise(DISTRICT);
    fixtures.dispatch(second, DISTRICT, TERM_START, List.of(otherEnterprise));
    ProcessInstance others = start(second.getUserId(), List.of(Groups.COMMISSIONERS),
        service(otherEnterprise.getCreditCode(), "2025-05-06", "2025-05-07", 2));
    ProcessInstance own = logAsCommissioner(valid());

    String contact = enterprise.getContactUserId();
    Task confirm = tasksSeenBy(contact, List.of(Groups.ENTERPRISES), own).get(0);
    VariableMap forged = Variables.createVariables().putValue(FORGED_RECORD_ID, recordOf(others).getId());
    completeAs(contact, List.of(Groups.ENTERPRISES), confirm, RECORD_DECISION.in(forged, CONFIRM));

    assertThat(recordOf(own).getStatus()).isEqualTo(ServiceRecordStatus.CONFIRMED);
    assertThat(recordOf(others).getStatus()).isEqualTo(ServiceRecordStatus.PENDING);
    assertThat(recordOf(others).getAnsweredBy()).isNull();

    ProcessInstance disputed = logAsCommissioner(service(enterprise.getCreditCode(), "2025-04-01", "2025-04-01", 1));
    Task answer = tasksSeenBy(contact, List.of(Groups.ENTERPRISES), disputed).get(0);
    VariableMap redirected = DISPUTE_REASON.in(RECORD_DECISION.map(DISPUTE), "4月1日专员未到企业。");
    COMMISSIONER_USER_ID.in(redirected, second.getUserId());
    completeAs(contact, List.of(Groups.ENTERPRISES), answer, redirected);
    Task notice = tasksSeenBy(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), disputed).get(0);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo(ACKNOWLEDGE_TASK);
    assertThat(notice.getAssignee()).isEqualTo(commissioner.getUserId());
    assertThat(tasksSeenBy(second.getUserId(), List.of(Groups.COMMISSIONERS), disputed)).isEmpty();
  }

  @Test
  @Tag("P-14") @Tag("P-15")
  @DisplayName("P-15 who logs is the authenticated user: a forged initiatorUserId neither borrows a dispatch nor names the logger")
  void loggerIsTheAuthenticatedUser() {
    Commissioner other = data.commissioner(data.sourceUnit());
    long before = records.count();
    VariableMap borrowing = Variables.createVariables().putValue(FORGED_INITIATOR, commissioner.getUserId());
    borrowing.putAll(valid());
    assertThatThrownBy(() -> start(other.getUserId(), List.of(Groups.COMMISSIONERS), borrowing))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, v -> assertThat(v.problems())
            .anySatisfy(p -> assertThat(p.message()).contains("没有正在进行的派驻")));
    assertThat(records.count()).isEqualTo(before);

    VariableMap disguised = Variables.createVariables().putValue(FORGED_INITIATOR, other.getUserId());
    disguised.putAll(valid());
    ProcessInstance instance = logAsCommissioner(disguised);
    assertThat(recordOf(instance).getRecordedBy()).isEqualTo(commissioner.getUserId());
    assertThat(recordOf(instance).getDispatch().getId()).isEqualTo(dispatch.getId());
  }

  @Test
  @Tag("P-15")
  @DisplayName("P-15 the commissioner never confirms their own record, even when made the task's assignee")
  void commissionerCannotConfirmOwnRecord() {
    ProcessInstance instance = logAsCommissioner(valid());
    Task confirm = tasksSeenBy(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), instance).get(0);
    assertThat(contract.excludedWorkers(instance.getId(), CONFIRM_TASK)).contains(commissioner.getUserId());
    assertThat(contract.excludedWorkers(instance.getId(), ACKNOWLEDGE_TASK)).isEmpty();

    taskService.setAssignee(confirm.getId(), commissioner.getUserId());
    assertThatThrownBy(() -> completeAs(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), confirm,
        RECORD_DECISION.map(CONFIRM)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e)).get()
            .satisfies(v -> assertThat(v.getMessage()).contains("不能确认本人的服务记录")));
    assertThat(recordOf(instance).getStatus()).isEqualTo(ServiceRecordStatus.PENDING);
    assertThat(serviceRecords.tally(dispatch.getId(), 1).confirmedDays()).isZero();
  }
}
