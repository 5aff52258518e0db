package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.APPROVE;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.DEADLINE_TIMER;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.DEMANDS;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REMINDER_TIMER;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.RETURN;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REVIEW_COMMENT;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REVIEW_HISTORY;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SERVICE_UNITS;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.COLLECTION_DEADLINE;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.COMPILE_SUPPLY_DEMAND_ACTIVITY;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.NOMINATION_ACTIVITY;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.REVIEW_SUPPLY_DEMAND_TASK;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.ROUND_YEAR;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.SUPPLY_BY_INDUSTRY;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.SUPPLY_DEMAND_CONFIRMED;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.SUPPLY_DEMAND_NOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.demand.DemandCollection;
import cn.suzhou.shuanglian.demand.DemandCollectionContract;
import cn.suzhou.shuanglian.demand.DemandCollectionRepository;
import cn.suzhou.shuanglian.demand.DemandReview;
import cn.suzhou.shuanglian.demand.DemandReviewRepository;
import cn.suzhou.shuanglian.demand.DemandStatus;
import cn.suzhou.shuanglian.demand.ServiceUnitRepository;
import cn.suzhou.shuanglian.demand.TechnologyDemandRepository;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.support.DemandRows;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
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
 * The paths of selectionRound and districtDemandCollection with the real delegates and database:
 * approval of every district and the supply–demand comparison, return and resubmission, the rules
 * of P-01 and P-10, and the deadline timers on a moved clock. The job executor is off: the tests
 * run the round's continuations themselves. On H2 ({@link SelectionRoundProcessOnH2Test}) and on
 * MariaDB ({@link SelectionRoundProcessOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class SelectionRoundProcessContract {

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired DemandCollectionRepository collections;
  @Autowired ServiceUnitRepository serviceUnits;
  @Autowired TechnologyDemandRepository demands;
  @Autowired DemandReviewRepository reviews;
  @Autowired DistrictRepository districts;
  @Autowired SupplyDemandComparison comparison;
  @Autowired EnterpriseRepository enterprises;
  @Autowired IndustryGroupRepository industryGroups;
  @Autowired ObjectMapper json;

  TestData data;
  RoundDriver drive;
  String city;

  @BeforeEach
  void fixtures() {
    BpmnAwareTests.init(engine);
    data = new TestData(context);
    drive = new RoundDriver(context, data);
    city = drive.city;
  }

  @AfterEach
  void resetClockAndUser() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    BpmnAwareTests.reset();  // the next test class may run on another engine
  }

  DemandCollection collection(ProcessInstance round, String districtCode) {
    Long roundId = rounds.findByProcessInstanceId(round.getId()).orElseThrow().getId();
    return collections.findByRoundIdAndDistrictCode(roundId, districtCode).orElseThrow();
  }

  @Test
  @Tag("P-01") @Tag("P-02") @Tag("P-04") @Tag("P-12")
  @DisplayName("P-01/P-04/P-12 a round opens a collection per district; all approved → supply–demand comparison → city reviews it")
  void everyDistrictApprovedCompilesTheComparison() throws Exception {
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = drive.startRound(year, Rounds.deadlineInDays(30));
    assertThat(round.getBusinessKey()).isEqualTo(String.valueOf(year));

    List<District> active = districts.findByActiveTrueOrderBySortOrder();
    assertThat(active).hasSize(8);
    for (District district : active) {
      Task screening = drive.task(year + "-" + district.getCode(), "服务单位筛选");
      assertThat(taskService.getIdentityLinksForTask(screening.getId()))
          .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("district-" + district.getCode()));
      assertThat(screening.getDueDate()).isNotNull();
    }

    for (District district : active) {
      String officer = data.districtOfficial(district.getCode());
      drive.screenAndCollect(year, district.getCode(), officer);
      assertThat(collection(round, district.getCode()).getStatus()).isEqualTo(DemandStatus.SUBMITTED);
      drive.review(year, district.getCode(), APPROVE, null);
      Rounds.executeJobs(managementService, round.getId());
    }

    Task summaryTask = drive.task(String.valueOf(year), "审阅供需比对结果");
    assertThat(taskService.getIdentityLinksForTask(summaryTask.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("city-stb"));
    SelectionRound stored = rounds.findByActiveYear(year).orElseThrow();
    assertThat(stored.getStatus()).isEqualTo(RoundStatus.DEMANDS_APPROVED);
    SupplyDemandSummary summary = comparison.read(stored);
    assertThat(summary.byDistrict()).hasSize(8).allSatisfy(line -> {
      assertThat(line.industryGroupCode()).isEqualTo("NEW_MATERIALS");
      assertThat(line.demandCount()).isEqualTo(1);
    });
    assertThat(summary.byIndustry()).hasSize(8).anySatisfy(line -> {
      assertThat(line.industryGroupCode()).isEqualTo("NEW_MATERIALS");
      assertThat(line.demandCount()).isEqualTo(8);
      assertThat(line.gap()).isEqualTo(line.commissionerCount() - 8);
    });
    assertThat(runtimeService.getVariableTyped(round.getId(), SUPPLY_BY_INDUSTRY.name()).getType().getName())
        .isEqualTo("json");

    assertThatThrownBy(() -> drive.complete(summaryTask, city, SUPPLY_DEMAND_CONFIRMED.map(false)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e)).isPresent());
    drive.complete(summaryTask, city, SUPPLY_DEMAND_NOTE.in(SUPPLY_DEMAND_CONFIRMED.map(true), "新材料需求集中，提名时侧重"));
    SelectionRound reviewed = rounds.findByActiveYear(year).orElseThrow();
    assertThat(reviewed.getSummaryReviewedBy()).isEqualTo(city);
    assertThat(reviewed.getSummaryReviewNote()).isEqualTo("新材料需求集中，提名时侧重");
    // the round goes on to nomination (P-12(2))
    assertThat(reviewed.getStatus()).isEqualTo(RoundStatus.NOMINATING);
    BpmnAwareTests.assertThat(round).hasPassed(COMPILE_SUPPLY_DEMAND_ACTIVITY, REVIEW_SUPPLY_DEMAND_TASK)
        .isWaitingAt(NOMINATION_ACTIVITY);
    drive.task(year + "-nomination", "拟定初步名单");
  }

  @Test
  @Tag("P-12")
  @DisplayName("P-12(1) the city returns a list with comments, the district revises and resubmits; every review is kept")
  void returnWithCommentsAndResubmit() throws Exception {
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = drive.startRound(year, Rounds.deadlineInDays(30));
    String officer = data.districtOfficial("341321");
    String creditCode = drive.screenAndCollect(year, "341321", officer);

    assertThatThrownBy(() -> drive.review(year, "341321", RETURN, null))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().field()).isEqualTo(REVIEW_COMMENT.name()));
    drive.review(year, "341321", RETURN, "请补充砀山酥梨深加工企业的需求");

    DemandCollection returned = collection(round, "341321");
    assertThat(returned.getStatus()).isEqualTo(DemandStatus.RETURNED);
    assertThat(demands.findByCollectionIdOrderById(returned.getId()))
        .allSatisfy(d -> assertThat(d.getStatus()).isEqualTo(DemandStatus.RETURNED));
    Task again = drive.task(year + "-341321", "服务单位筛选");
    assertThat((String) taskService.getVariable(again.getId(), REVIEW_HISTORY.name())).contains("请补充砀山酥梨深加工企业的需求");

    // the district keeps its service unit (the list as the task shows it) and adds a demand
    drive.complete(again, officer, Map.of());
    drive.complete(drive.task(year + "-341321", "技术需求征集"), officer, DEMANDS.map(drive.rows(List.of(
        DemandRows.demand(creditCode, "墙材强度提升341321"),
        DemandRows.demand(creditCode, "酥梨果汁澄清工艺")))));
    drive.review(year, "341321", RETURN, "第二次：请写明期望合作方式");
    drive.complete(drive.task(year + "-341321", "服务单位筛选"), officer, Map.of());
    drive.complete(drive.task(year + "-341321", "技术需求征集"), officer, Map.of());
    drive.review(year, "341321", APPROVE, "同意");

    DemandCollection approved = collection(round, "341321");
    assertThat(approved.getStatus()).isEqualTo(DemandStatus.APPROVED);
    assertThat(reviews.findByCollectionIdOrderByReviewNo(approved.getId()))
        .extracting(DemandReview::getDecision, DemandReview::getComment)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DemandReview.Decision.RETURN, "请补充砀山酥梨深加工企业的需求"),
            org.assertj.core.groups.Tuple.tuple(DemandReview.Decision.RETURN, "第二次：请写明期望合作方式"),
            org.assertj.core.groups.Tuple.tuple(DemandReview.Decision.APPROVE, "同意"));
    assertThat(demands.findByCollectionIdOrderById(approved.getId())).hasSize(2)
        .allSatisfy(d -> assertThat(d.getStatus()).isEqualTo(DemandStatus.APPROVED));
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(year + "-341321")
        .finished().count()).isEqualTo(1);
  }

  @Test
  @Tag("P-10")
  @DisplayName("P-10 an enterprise without its consent is refused with the reason; every bad row reported, nothing written")
  void serviceUnitWithoutConsentIsRefused() throws Exception {
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = drive.startRound(year, Rounds.deadlineInDays(30));
    String officer = data.districtOfficial("341322");
    Task screening = drive.task(year + "-341322", "服务单位筛选");
    Map<String, Object> good = DemandRows.serviceUnit(data.creditCode(), "萧县防腐新材料有限公司");
    Map<String, Object> unwilling = DemandRows.withoutConsent(DemandRows.serviceUnit(data.creditCode(), "萧县某化工企业"));
    Map<String, Object> badCode = DemandRows.serviceUnit("91341322MA2T00015X", "萧县某建材企业");

    assertThatThrownBy(() -> drive.complete(screening, officer,
        SERVICE_UNITS.map(drive.rows(List.of(good, unwilling, badCode)))))
        .satisfies(e -> {
          ProcessRuleViolation violation = ProcessRuleViolation.findIn(e).orElseThrow();
          assertThat(violation.problems()).extracting(ProcessRuleViolation.Problem::field)
              .containsExactly(SERVICE_UNITS.name() + "[1].consent", SERVICE_UNITS.name() + "[2].creditCode");
          assertThat(violation.problems().get(0).message()).contains("第 2 行").contains("不搞行政命令");
        });
    assertThat(serviceUnits.findByCollectionIdOrderById(collection(round, "341322").getId())).isEmpty();
    assertThat(taskService.createTaskQuery().taskId(screening.getId()).count()).isEqualTo(1);

    drive.complete(screening, officer, SERVICE_UNITS.map(drive.rows(List.of(good))));
    assertThat(serviceUnits.findByCollectionIdOrderById(collection(round, "341322").getId())).hasSize(1);
  }

  @Test
  @Tag("P-12")
  @DisplayName("P-12(1) a demand with an invalid credit code, or of an enterprise not screened, is refused; nothing written")
  void demandWithInvalidCreditCodeIsRefused() throws Exception {
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = drive.startRound(year, Rounds.deadlineInDays(30));
    String officer = data.districtOfficial("341323");
    String screened = data.creditCode();
    drive.complete(drive.task(year + "-341323", "服务单位筛选"), officer,
        SERVICE_UNITS.map(drive.rows(List.of(DemandRows.serviceUnit(screened, "灵璧精密轴承有限公司")))));
    Task collecting = drive.task(year + "-341323", "技术需求征集");

    assertThatThrownBy(() -> drive.complete(collecting, officer, DEMANDS.map(drive.rows(List.of(
        DemandRows.demand(screened, "轴承套圈热处理变形控制"),
        DemandRows.demand("91341323MA2T0001", "轴承保持架注塑"),
        DemandRows.demand(data.creditCode(), "轴承密封件国产化"))))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().problems())
            .extracting(ProcessRuleViolation.Problem::field)
            .containsExactly(DEMANDS.name() + "[1].creditCode", DEMANDS.name() + "[2].creditCode"));
    assertThat(demands.findByCollectionIdOrderById(collection(round, "341323").getId())).isEmpty();
    assertThat(collection(round, "341323").getStatus()).isEqualTo(DemandStatus.DRAFT);
  }

  @Test
  @Tag("P-12")
  @DisplayName("P-12(1) deadline timers on a moved clock: the district is reminded before, the city asked to follow up after")
  void deadlineReminderAndEscalation() throws Exception {
    int year = Rounds.freshYear(rounds);
    String deadline = Rounds.deadlineInDays(20);
    drive.startRound(year, deadline);
    drive.screenAndCollect(year, "SZETDZ", data.districtOfficial("SZETDZ"));  // submitted in time

    ProcessInstance late = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(year + "-341324")
        .singleResult();
    ProcessInstance onTime = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(year + "-SZETDZ")
        .singleResult();
    Job reminder = timer(late, REMINDER_TIMER);
    Date end = java.util.Date.from(java.time.LocalDate.parse(deadline).plusDays(1)
        .atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).toInstant());
    assertThat(reminder.getDuedate()).isEqualTo(new Date(end.getTime() - 3L * 24 * 3600 * 1000));
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).executable().count()).isZero();

    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    assertThat(managementService.createJobQuery().jobId(reminder.getId()).executable().count()).isEqualTo(1);
    managementService.executeJob(reminder.getId());
    managementService.executeJob(timer(onTime, REMINDER_TIMER).getId());

    Task remind = drive.task(year + "-341324", "需求征集即将截止");
    assertThat(taskService.getIdentityLinksForTask(remind.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("district-341324"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(year + "-SZETDZ").taskName("需求征集即将截止")
        .count()).as("no reminder once submitted").isZero();

    ClockUtil.setCurrentTime(new Date(end.getTime() + 60_000));
    managementService.executeJob(timer(late, DEADLINE_TIMER).getId());
    managementService.executeJob(timer(onTime, DEADLINE_TIMER).getId());
    Task followUp = drive.task(year + "-341324", "督办逾期需求征集");
    assertThat(followUp.getDueDate()).isAfter(ClockUtil.getCurrentTime());
    assertThat(taskService.getIdentityLinksForTask(followUp.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo("city-stb"));
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(year + "-SZETDZ").taskName("督办逾期需求征集")
        .count()).isZero();

    // approval ends the district's collection, open reminders included
    drive.review(year, "SZETDZ", APPROVE, null);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(onTime.getId()).count()).isZero();
  }

  Job timer(ProcessInstance instance, String activityId) {
    return managementService.createJobQuery().processInstanceId(instance.getId()).activityId(activityId).singleResult();
  }

  @Test
  @Tag("P-01")
  @DisplayName("P-01 a year that is not a round year, a second round of a year, or a past deadline is refused; nothing half-written")
  void roundRules() {
    int year = Rounds.freshYear(rounds);
    long instancesBefore = historyService.createHistoricProcessInstanceQuery().count();
    long roundsBefore = rounds.count();

    assertThatThrownBy(() -> drive.startRound(year - 1, Rounds.deadlineInDays(30)))
        .isInstanceOf(ProcessRuleViolation.class)
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).problems()).singleElement().satisfies(p -> {
          assertThat(p.field()).isEqualTo(ROUND_YEAR.name());
          assertThat(p.message()).contains(String.valueOf(year - 1)).contains("每 2 年");
        }));
    assertThatThrownBy(() -> drive.startRound(year, Rounds.deadlineInDays(-1)))
        .isInstanceOf(ProcessRuleViolation.class).hasMessageContaining("须晚于今天")
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).field()).isEqualTo(COLLECTION_DEADLINE.name()));
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
    assertThat(rounds.count()).isEqualTo(roundsBefore);

    ProcessInstance first = drive.startRound(year, Rounds.deadlineInDays(30));
    long afterFirst = historyService.createHistoricProcessInstanceQuery().count();
    assertThatThrownBy(() -> drive.startRound(year, Rounds.deadlineInDays(30)))
        .isInstanceOf(ProcessRuleViolation.class).hasMessageContaining("已经开启");
    assertThat(historyService.createHistoricProcessInstanceQuery().count()).isEqualTo(afterFirst);
    assertThat(rounds.count()).isEqualTo(roundsBefore + 1);

    // an administrator cancels the round: the year is free again
    runtimeService.deleteProcessInstance(first.getId(), "opened by mistake");
    assertThat(rounds.findAll()).filteredOn(r -> r.getRoundYear() == year).singleElement()
        .satisfies(r -> assertThat(r.getStatus()).isEqualTo(RoundStatus.CANCELLED));
    assertThat(drive.startRound(year, Rounds.deadlineInDays(30)).getBusinessKey()).isEqualTo(String.valueOf(year));
  }

  /** The names of the variables a contract declares. */
  static Set<String> declared(Class<?> contract) {
    return Arrays.stream(contract.getFields())
        .filter(f -> Modifier.isStatic(f.getModifiers()) && Var.class.isAssignableFrom(f.getType()))
        .map(SelectionRoundProcessContract::varName).collect(Collectors.toSet());
  }

  private static String varName(Field field) {
    try {
      return ((Var<?>) field.get(null)).name();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  ProcessInstance districtCase(int year, String districtCode) {
    return runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(year + "-" + districtCode)
        .singleResult();
  }

  @Test
  @Tag("P-01")
  @DisplayName("P-01 the round's opener is the authenticated user; the round and its collections hold only the variables their contracts declare")
  void openerIsTheAuthenticatedUserAndVariablesAreDeclared() throws Exception {
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = drive.startRound(year, Rounds.deadlineInDays(30));
    SelectionRound opened = rounds.findByProcessInstanceId(round.getId()).orElseThrow();
    assertThat(opened.getOpenedBy()).isEqualTo(city);
    assertThat(opened.getRoundYear()).isEqualTo(year);
    assertThat(runtimeService.getVariables(round.getId()).keySet())
        .isSubsetOf(declared(SelectionRoundContract.class));

    String officer = data.districtOfficial("341302");
    drive.complete(drive.task(year + "-341302", "服务单位筛选"), officer,
        SERVICE_UNITS.map(drive.rows(List.of(DemandRows.serviceUnit(data.creditCode(), "埇桥声明变量测试企业")))));
    assertThat(runtimeService.getVariables(districtCase(year, "341302").getId()).keySet())
        .isSubsetOf(declared(DemandCollectionContract.class));
  }

  @Test
  @Tag("P-12")
  @DisplayName("P-12(1) a case's collection and district come from the case, not from collectionId/districtCode/roundId variables")
  void contextComesFromTheCaseNotFromVariables() throws Exception {
    int year = Rounds.freshYear(rounds);
    String deadline = Rounds.deadlineInDays(20);
    ProcessInstance round = drive.startRound(year, deadline);
    ProcessInstance yongqiao = districtCase(year, "341302");
    DemandCollection dangshan = collection(round, "341321");

    // variables pointing at another district's collection (as if someone had written them)
    runtimeService.setVariables(yongqiao.getId(), DemandCollectionContract.COLLECTION_ID.in(
        DemandCollectionContract.DISTRICT_CODE.in(DemandCollectionContract.ROUND_ID.map(-1L), "341321"),
        dangshan.getId()));

    String officer = data.districtOfficial("341302");
    drive.complete(drive.task(year + "-341302", "服务单位筛选"), officer,
        SERVICE_UNITS.map(drive.rows(List.of(DemandRows.serviceUnit(data.creditCode(), "埇桥上下文测试企业")))));
    Task collecting = drive.task(year + "-341302", "技术需求征集");
    assertThat(taskService.getIdentityLinksForTask(collecting.getId()))
        .extracting(link -> link.getGroupId()).containsExactly("district-341302");
    assertThat(serviceUnits.findByCollectionIdOrderById(collection(round, "341302").getId())).hasSize(1);
    assertThat(serviceUnits.findByCollectionIdOrderById(dangshan.getId())).isEmpty();

    String unit = serviceUnits.findByCollectionIdOrderById(collection(round, "341302").getId()).get(0)
        .getEnterprise().getCreditCode();
    drive.complete(collecting, officer, DEMANDS.map(drive.rows(List.of(DemandRows.demand(unit, "墙材上下文测试")))));
    assertThat(collection(round, "341302").getStatus()).isEqualTo(DemandStatus.SUBMITTED);
    assertThat(collection(round, "341321").getStatus()).isEqualTo(DemandStatus.DRAFT);

    // the reminder asks about the case's own collection (submitted), not the one the variable names (a draft)
    Job reminder = timer(yongqiao, REMINDER_TIMER);
    ClockUtil.setCurrentTime(new Date(reminder.getDuedate().getTime() + 60_000));
    managementService.executeJob(reminder.getId());
    assertThat(drive.tasks(year + "-341302", "需求征集即将截止")).isEmpty();
    managementService.executeJob(timer(districtCase(year, "341321"), REMINDER_TIMER).getId());
    assertThat(taskService.getIdentityLinksForTask(drive.task(year + "-341321", "需求征集即将截止").getId()))
        .extracting(link -> link.getGroupId()).containsExactly("district-341321");

    drive.review(year, "341302", APPROVE, null);
    assertThat(collection(round, "341302").getStatus()).isEqualTo(DemandStatus.APPROVED);
    assertThat(reviews.findByCollectionIdOrderByReviewNo(collection(round, "341302").getId())).singleElement()
        .satisfies(r -> assertThat(r.getReviewedBy()).as("the reviewer is the authenticated user").isEqualTo(city));
    assertThat(reviews.findByCollectionIdOrderByReviewNo(dangshan.getId())).isEmpty();
  }

  static final Pattern FULL_PHONE = Pattern.compile("1[3-9][0-9]{9}");

  List<Map<String, Object>> listRows(Task task, Var<?> list) throws Exception {
    return json.readValue(taskService.getVariable(task.getId(), list.name()).toString(), new TypeReference<>() {});
  }

  @Test
  @Tag("P-10") @Tag("P-14")
  @DisplayName("P-10/P-14 contact phones stay masked in the engine; a masked phone sent back unchanged keeps the number on record")
  void contactPhonesStayMaskedInTheEngine() throws Exception {
    String creditCode = data.creditCode();
    enterprises.save(new Enterprise(creditCode, "泗县遮蔽号码测试企业", districts.findById("341324").orElseThrow(),
        industryGroups.findById("NEW_MATERIALS").orElseThrow(), EnterpriseScale.MEDIUM, null, "王敏", "13955712345"));
    int year = Rounds.freshYear(rounds);
    drive.startRound(year, Rounds.deadlineInDays(30));
    String key = year + "-341324";
    String officer = data.districtOfficial("341324");

    // the list starts from the district's enterprises, phones masked
    Task screening = drive.task(key, "服务单位筛选");
    assertThat(FULL_PHONE.matcher(taskService.getVariable(screening.getId(), SERVICE_UNITS.name()).toString()).find())
        .as("no full phone in the engine").isFalse();
    Map<String, Object> row = new LinkedHashMap<>(listRows(screening, SERVICE_UNITS).stream()
        .filter(r -> creditCode.equals(r.get("creditCode"))).findFirst().orElseThrow());
    assertThat(row.get("contactPhone")).isEqualTo("139****2345");

    // sent back as shown (masked): the number on record is kept
    row.putAll(Map.of("compliesWithPolicy", true, "lawfulOperation", true, "consent", true,
        "scaleAndPotential", "年产服装 200 万件", "consentBy", "王敏 总经理"));
    drive.complete(screening, officer, SERVICE_UNITS.map(drive.rows(List.of(row))));
    assertThat(enterprises.findWithDistrictByCreditCode(creditCode).orElseThrow().getContactPhone())
        .isEqualTo("13955712345");
    Task collecting = drive.task(key, "技术需求征集");
    assertThat(listRows(collecting, SERVICE_UNITS)).singleElement()
        .satisfies(r -> assertThat(r.get("contactPhone")).isEqualTo("139****2345"));
    drive.complete(collecting, officer, DEMANDS.map(drive.rows(List.of(DemandRows.demand(creditCode, "面料染整节能")))));
    drive.review(year, "341324", RETURN, "请核实联系电话");

    // a masked number that is not the one on record is refused; a full new number replaces it
    Task again = drive.task(key, "服务单位筛选");
    Map<String, Object> wrong = new LinkedHashMap<>(row);
    wrong.put("contactPhone", "139****0000");
    assertThatThrownBy(() -> drive.complete(again, officer, SERVICE_UNITS.map(drive.rows(List.of(wrong))))).satisfies(e -> {
      ProcessRuleViolation violation = ProcessRuleViolation.findIn(e).orElseThrow();
      assertThat(violation.field()).isEqualTo(SERVICE_UNITS.name() + "[0].contactPhone");
      assertThat(violation.getMessage()).contains("遮蔽");
    });
    Map<String, Object> changed = new LinkedHashMap<>(row);
    changed.put("contactPhone", "13855719876");
    drive.complete(again, officer, SERVICE_UNITS.map(drive.rows(List.of(changed))));
    assertThat(enterprises.findWithDistrictByCreditCode(creditCode).orElseThrow().getContactPhone())
        .isEqualTo("13855719876");
    Task collectingAgain = drive.task(key, "技术需求征集");
    String shown = taskService.getVariable(collectingAgain.getId(), SERVICE_UNITS.name()).toString();
    assertThat(shown).contains("138****9876");
    assertThat(FULL_PHONE.matcher(shown).find()).isFalse();
  }
}
