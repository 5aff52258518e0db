package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.expert.ExpertApplicationContract;
import cn.suzhou.shuanglian.expert.ExpertApplicationRepository;
import cn.suzhou.shuanglian.expert.ExpertApplicationStatus;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordContract;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordStatus;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * History cleanup (README "History and its cleanup"): each process keeps its history as long as its
 * {@code camunda:historyTimeToLive} says, counted from the case's start (removal-time strategy
 * {@code start}); the engine's cleanup job, run here by hand through the {@link HistoryService} with
 * the engine clock moved ({@link ClockUtil}), removes the history of cases past it — and nothing else:
 * not a case within its time, not a running case, not another process's history, and no domain row.
 * On H2.
 */
@ActiveProfiles("test")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayName("history cleanup removes what is past its time to live, and nothing else")
class HistoryCleanupTest {

  static final String DISTRICT = "341302";
  /** "Today" at the start: 2026-01-10 10:00 in Suzhou; the dispatch runs from 2025-09-01. */
  static final LocalDateTime T0 = LocalDateTime.of(2026, 1, 10, 10, 0);

  /** The retention each process needs (README "History and its cleanup"), in days from the case's start. */
  static final Map<String, Integer> EXPECTED_TTL = new TreeMap<>(Map.ofEntries(
      Map.entry("selectionRound", 1825), Map.entry("districtDemandCollection", 1825), Map.entry("nomination", 1825),
      Map.entry("matching", 1825), Map.entry("agreementSigning", 1825), Map.entry("commissionerDispatch", 1825),
      Map.entry("yearlyEvaluation", 1825), Map.entry("misconductCase", 1825), Map.entry("projectApplication", 1825),
      Map.entry("serviceRecord", 1095), Map.entry("evaluationScheme", 1095), Map.entry("expertPoolApplication", 365)));

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired ManagementService managementService;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;
  @Autowired ExpertApplicationRepository expertApplications;
  @Autowired ExpertMembershipRepository memberships;
  @Autowired ServiceRecordRepository serviceRecords;
  @Autowired JdbcTemplate jdbc;

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
    ClockUtil.reset();
  }

  static void at(LocalDateTime time) {
    ClockUtil.setCurrentTime(Date.from(time.atZone(EngineClock.ZONE).toInstant()));
  }

  @Test
  @DisplayName("every process has the time to live the README gives it; the cleanup job waits for the night window")
  void timeToLiveAndWindow() {
    Map<String, Integer> ttl = new TreeMap<>();
    for (ProcessDefinition definition : repositoryService.createProcessDefinitionQuery().latestVersion().list()) {
      ttl.put(definition.getKey(), definition.getHistoryTimeToLive());
    }
    assertThat(ttl).isEqualTo(EXPECTED_TTL);

    List<Job> cleanupJobs = historyService.findHistoryCleanupJobs();
    assertThat(cleanupJobs).as("the engine schedules its cleanup job at start-up when a window is set").isNotEmpty();
    for (Job job : cleanupJobs) {
      LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
      assertThat(due).as("due time of the cleanup job").isBetween(LocalTime.of(1, 0), LocalTime.of(5, 0));
    }
  }

  @Test
  @DisplayName("a finished case past its time to live loses its history; a case within it, a running case, "
      + "another process's history and the domain rows stay")
  void cleanupRemovesOnlyWhatIsDue() {
    TestData data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    String city = data.cityOfficial();

    // T0: an expert application decided at once (365 days), and a service record confirmed (1095 days)
    at(T0);
    Commissioner early = data.commissioner(data.sourceUnit());
    ProcessInstance expired = apply(early);
    complete(city, List.of(Groups.CITY), task(expired), ExpertApplicationContract.REVIEW_DECISION.map(
        ExpertApplicationContract.APPROVE));

    Commissioner serving = data.commissioner(data.sourceUnit());
    Enterprise enterprise = fixtures.enterprise(DISTRICT);
    Dispatch dispatch = fixtures.dispatch(serving, DISTRICT, LocalDate.of(2025, 9, 1), List.of(enterprise));
    ProcessInstance record = logService(serving, enterprise);
    complete(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), task(record),
        ServiceRecordContract.RECORD_DECISION.map(ServiceRecordContract.CONFIRM));

    // T0 + 200 days: one application decided, one still waiting for the city (running)
    at(T0.plusDays(200));
    ProcessInstance recent = apply(data.commissioner(data.sourceUnit()));
    complete(city, List.of(Groups.CITY), task(recent), ExpertApplicationContract.REVIEW_DECISION.map(
        ExpertApplicationContract.APPROVE));
    ProcessInstance running = apply(data.commissioner(data.sourceUnit()));

    for (ProcessInstance finished : List.of(expired, recent, record)) {
      assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(finished.getId()).count()).isZero();
    }
    Map<String, Long> expiredRows = historyRows(expired);
    assertThat(expiredRows).allSatisfy((table, rows) -> assertThat(rows).as(table).isPositive());

    // T0 + 400 days: the first application is past 365 days; nothing else is
    at(T0.plusDays(400));
    runCleanup();
    assertThat(historyRows(expired)).as("history of the expert application started 400 days ago")
        .allSatisfy((table, rows) -> assertThat(rows).as(table).isZero());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(expired.getId()).count()).isZero();
    assertThat(historyRows(recent)).as("decided 200 days ago").allSatisfy((t, rows) -> assertThat(rows).as(t).isPositive());
    assertThat(historyRows(running)).as("running, started 200 days ago")
        .allSatisfy((t, rows) -> assertThat(rows).as(t).isPositive());
    assertThat(historyRows(record)).as("a service record of 400 days ago (1095 days)")
        .allSatisfy((t, rows) -> assertThat(rows).as(t).isPositive());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).count()).isOne();
    assertThat(task(running)).as("the running case's task").isNotNull();
    // the domain keeps the records: the application, the membership it led to
    assertThat(expertApplications.findByProcessInstanceId(expired.getId())).get()
        .satisfies(a -> assertThat(a.getStatus()).isEqualTo(ExpertApplicationStatus.APPROVED));
    assertThat(memberships.findByCommissionerId(early.getId())).isPresent();

    // T0 + 1100 days: the service record is past 1095 days, so is the second application (365)
    complete(city, List.of(Groups.CITY), task(running), ExpertApplicationContract.REVIEW_DECISION.map(
        ExpertApplicationContract.APPROVE));
    at(T0.plusDays(1100));
    runCleanup();
    assertThat(historyRows(record)).as("the service record's history after 1100 days")
        .allSatisfy((t, rows) -> assertThat(rows).as(t).isZero());
    assertThat(historyRows(recent)).allSatisfy((t, rows) -> assertThat(rows).as(t).isZero());
    assertThat(serviceRecords.findWithDispatchByProcessInstanceId(record.getId())).as("the service_record row").get()
        .satisfies(r -> {
          assertThat(r.getStatus()).isEqualTo(ServiceRecordStatus.CONFIRMED);
          assertThat(r.getDays()).isEqualTo(2);
        });
    assertThat(dispatch.getId()).isNotNull();
  }

  /** Runs the engine's cleanup job now, as an operator does by hand, until nothing is left that is due. */
  void runCleanup() {
    historyService.cleanUpHistoryAsync(true);
    Supplier<Long> due = () -> jdbc.queryForObject("select count(*) from ACT_HI_PROCINST where REMOVAL_TIME_ <= ?",
        Long.class, ClockUtil.getCurrentTime());
    for (int run = 0; run < 100 && due.get() > 0; run++) {
      for (Job job : historyService.findHistoryCleanupJobs()) {
        managementService.executeJob(job.getId());
      }
    }
    assertThat(due.get()).as("history due for removal after the cleanup").isZero();
  }

  /** The case's rows in the history tables cleanup works on. */
  Map<String, Long> historyRows(ProcessInstance instance) {
    Map<String, Long> rows = new TreeMap<>();
    for (String table : List.of("ACT_HI_PROCINST", "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
        "ACT_HI_IDENTITYLINK")) {
      String column = table.equals("ACT_HI_PROCINST") || table.equals("ACT_HI_IDENTITYLINK") ? "ROOT_PROC_INST_ID_"
          : "PROC_INST_ID_";
      rows.put(table, jdbc.queryForObject("select count(*) from " + table + " where " + column + " = ?", Long.class,
          instance.getId()));
    }
    return rows;
  }

  ProcessInstance apply(Commissioner who) {
    VariableMap variables = ExpertApplicationContract.RESIDENT_ID.map(who.getResidentId());
    ExpertApplicationContract.PHONE.in(variables, who.getPhone());
    ExpertApplicationContract.TITLE.in(variables, "教授");
    ExpertApplicationContract.EXPERTISE.in(variables, "新型建材、固废资源化利用");
    ExpertApplicationContract.REVIEW_FIELDS.in(variables, List.of("NEW_MATERIALS"));
    ExpertApplicationContract.CONSENT.in(variables, true);
    return startAs(who.getUserId(), List.of(Groups.COMMISSIONERS), ExpertApplicationContract.PROCESS_KEY, variables);
  }

  ProcessInstance logService(Commissioner who, Enterprise enterprise) {
    VariableMap variables = ServiceRecordContract.SERVICE_TYPE.map("CONSULTING");
    LocalDate today = T0.toLocalDate();
    ServiceRecordContract.START_DATE.in(variables, today.minusDays(3));
    ServiceRecordContract.END_DATE.in(variables, today.minusDays(2));
    ServiceRecordContract.DAYS.in(variables, 2L);
    ServiceRecordContract.CREDIT_CODE.in(variables, enterprise.getCreditCode());
    ServiceRecordContract.SUMMARY.in(variables, "现场诊断窑炉能耗问题，提出余热回收改造方案并联系高校团队对接。");
    return startAs(who.getUserId(), List.of(Groups.COMMISSIONERS), ServiceRecordContract.PROCESS_KEY, variables);
  }

  ProcessInstance startAs(String userId, List<String> groups, String key, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey(key, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void complete(String userId, List<String> groups, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  Task task(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }
}
