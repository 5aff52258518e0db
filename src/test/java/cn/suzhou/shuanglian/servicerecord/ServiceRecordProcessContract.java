package cn.suzhou.shuanglian.servicerecord;

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
import java.util.HashMap;
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
  static final String SUMMARY = "现场诊断窑炉能耗问题，提出余热回收改造方案并联系高校团队对接。";

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

  static Map<String, Object> service(String creditCode, String start, String end, Object days) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("serviceType", "CONSULTING");
    variables.put("startDate", start);
    variables.put("endDate", end);
    variables.put("days", days);
    variables.put("creditCode", creditCode);
    variables.put("summary", SUMMARY);
    return variables;
  }

  Map<String, Object> valid() {
    return service(enterprise.getCreditCode(), "2025-03-02", "2025-03-04", 3);
  }

  ProcessInstance start(String userId, List<String> groups, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey("serviceRecord", variables);
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

  ServiceRecord recordOf(ProcessInstance instance) {
    Long id = ((Number) runtimeService.getVariable(instance.getId(), "serviceRecordId")).longValue();
    return records.findById(id).orElseThrow();
  }

  boolean ended(ProcessInstance instance, String endEvent) {
    return historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId(endEvent).finished().count() == 1
        && runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 0;
  }

  /** The start is refused naming the field (with the text given), and no record or instance is left. */
  void assertRefused(Map<String, Object> variables, String field, String... texts) {
    long recordsBefore = records.count();
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey("serviceRecord").count();
    assertThatThrownBy(() -> logAsCommissioner(variables))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, violation -> assertThat(violation.problems())
            .as("problems of %s", variables).filteredOn(p -> p.field().equals(field)).singleElement()
            .satisfies(p -> assertThat(p.message()).contains(texts)));
    assertThat(records.count()).as("service_record rows").isEqualTo(recordsBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey("serviceRecord").count())
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
    assertThat(runtimeService.getVariable(instance.getId(), "caseTitle"))
        .isEqualTo(commissioner.getName() + " · " + enterprise.getName() + " · 3天（2025-03-02至03-04）");
    assertThat(runtimeService.getVariable(instance.getId(), "districtName")).isEqualTo("埇桥区");
    assertThat(runtimeService.getVariable(instance.getId(), "applicantName")).isEqualTo(commissioner.getName());
    assertThat(instance.getBusinessKey()).isEqualTo("SR-" + dispatch.getId() + "-" + record.getId());

    String contact = enterprise.getContactUserId();
    Task confirm = tasksSeenBy(contact, List.of(Groups.ENTERPRISES), instance).get(0);
    assertThat(confirm.getName()).isEqualTo("服务单位确认");
    assertThat(confirm.getDueDate()).isEqualTo(
        Date.from(LocalDateTime.of(2025, 6, 29, 10, 0).atZone(EngineClock.ZONE).toInstant()));
    completeAs(contact, List.of(Groups.ENTERPRISES), confirm, Map.of("recordDecision", "CONFIRM"));

    ServiceRecord confirmed = records.findById(record.getId()).orElseThrow();
    assertThat(confirmed.getStatus()).isEqualTo(ServiceRecordStatus.CONFIRMED);
    assertThat(confirmed.getAnsweredBy()).isEqualTo(contact);
    assertThat(confirmed.getAnsweredAt()).isEqualTo(ClockUtil.getCurrentTime().toInstant());
    assertThat(ended(instance, "EndEvent_Confirmed")).isTrue();

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
        Map.of("recordDecision", "DISPUTE")))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).map(ProcessRuleViolation::field)).contains("disputeReason"));
    assertThat(recordOf(instance).getStatus()).isEqualTo(ServiceRecordStatus.PENDING);

    completeAs(contact, List.of(Groups.ENTERPRISES), confirm,
        Map.of("recordDecision", "DISPUTE", "disputeReason", "3月3日专员未到企业，实际服务仅1天"));
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
    completeAs(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), acknowledge, Map.of("disputeAcknowledged", true));
    assertThat(ended(instance, "EndEvent_Disputed")).isTrue();
  }

  @Test
  @Tag("P-06") @Tag("P-09") @Tag("P-15")
  @DisplayName("P-15 each bad input is refused naming its field, and nothing is written")
  void badInputIsRefusedByField() {
    String code = enterprise.getCreditCode();
    assertRefused(service(code, "2025-03-02", "2025-03-04", 0), "days", "大于 0");
    assertRefused(service(code, "2025-03-02", "2025-03-04", 4), "days", "4 天", "3 天");
    assertRefused(service(code, "2024-08-20", "2024-08-21", 2), "startDate", "派驻期", "2024-09-01");
    assertRefused(service(code, "2025-08-30", "2025-09-02", 2), "endDate", "同一服务年度", "2024-09-01", "2025-08-31");
    assertRefused(service(code, "2025-06-14", "2025-06-20", 2), "endDate", "晚于今天", "2025-06-15");
    Enterprise notServed = fixtures.enterprise(DISTRICT);
    assertRefused(service(notServed.getCreditCode(), "2025-03-02", "2025-03-04", 3), "creditCode",
        notServed.getCreditCode(), "专员未服务的企业");
    Map<String, Object> noSummary = valid();
    noSummary.remove("summary");
    assertRefused(noSummary, "summary", "服务内容摘要");
    Map<String, Object> shortSummary = valid();
    shortSummary.put("summary", "去了一趟");
    assertRefused(shortSummary, "summary", "10–2000");
    Map<String, Object> unknownType = valid();
    unknownType.put("serviceType", "SIGHTSEEING");
    assertRefused(unknownType, "serviceType", "SIGHTSEEING");
    assertRefused(service(code, "2025-03-05", "2025-03-04", 1), "endDate", "早于开始日期");
    assertRefused(service(code, "2025-02-30", "2025-03-04", 1), "startDate", "不是有效日期");
  }

  @Test
  @Tag("P-15")
  @DisplayName("P-15 all problems of one record come back at once")
  void allProblemsAtOnce() {
    Map<String, Object> bad = service("91341302MA2T000155", "2025-03-02", "2025-03-04", -1);
    bad.put("serviceType", null);
    bad.put("summary", " ");
    assertThatThrownBy(() -> logAsCommissioner(bad)).isInstanceOfSatisfying(ProcessRuleViolation.class,
        violation -> assertThat(violation.problems()).extracting(ProcessRuleViolation.Problem::field)
            .containsExactlyInAnyOrder("serviceType", "days", "creditCode", "summary"));
  }

  @Test
  @Tag("P-14") @Tag("P-15")
  @DisplayName("P-14 only the commissioner of a running dispatch logs for it; the city files for a named dispatch")
  void whoMayLog() {
    Commissioner other = data.commissioner(data.sourceUnit());
    Map<String, Object> foreign = valid();
    foreign.put("dispatchId", dispatch.getId());
    long before = records.count();
    assertThatThrownBy(() -> start(other.getUserId(), List.of(Groups.COMMISSIONERS), foreign))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, v -> assertThat(v.field()).isEqualTo("dispatchId"));
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
    assertThat(runtimeService.getVariable(instance.getId(), "confirmerGroupId")).isEqualTo(Groups.district(DISTRICT));

    String official = data.districtOfficial(DISTRICT);
    List<Task> seen = tasksSeenBy(official, List.of(Groups.district(DISTRICT)), instance);
    assertThat(seen).extracting(Task::getName).containsExactly("服务单位确认");
    assertThat(taskService.getIdentityLinksForTask(seen.get(0).getId())).extracting(IdentityLink::getGroupId)
        .containsExactly(Groups.district(DISTRICT));
    assertThat(tasksSeenBy(data.districtOfficial(OTHER_DISTRICT), List.of(Groups.district(OTHER_DISTRICT)), instance)).isEmpty();

    completeAs(official, List.of(Groups.district(DISTRICT)), seen.get(0), Map.of("recordDecision", "CONFIRM"));
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
      assertThatThrownBy(() -> completeAs(user, groups, confirm, Map.of("recordDecision", "CONFIRM")))
          .as("%s completing", user).isInstanceOf(AuthorizationException.class);
    });
    assertThat(recordOf(instance).getStatus()).isEqualTo(ServiceRecordStatus.PENDING);
  }
}
