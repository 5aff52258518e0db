package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.ConcurrentPost;
import cn.suzhou.shuanglian.dispatch.ConcurrentPostRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.expert.ExpertMembership;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnitRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnitType;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * projectApplication with the real delegates, engine authorizations and database, in the engine and
 * over HTTP with Basic authentication: a joint project of a commissioner and an enterprise its running
 * dispatch serves, one a year for each (also when two requests race), the enterprise's consent, the
 * city's condition check, reviewers drawn from the expert pool without conflicts of interest, the
 * city's decision and provincial recommendation. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ProjectApplicationProcessContract {

  static final String DISTRICT = "341302";
  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ProjectApplicationRepository applications;
  @Autowired ProjectReviewRepository reviews;
  @Autowired ProjectApplicationContract contract;
  @Autowired ExpertMembershipRepository memberships;
  @Autowired ConcurrentPostRepository posts;
  @Autowired SourceUnitRepository sourceUnits;
  @Autowired IndustryGroupRepository industryGroups;

  TestData data;
  DispatchFixtures fixtures;
  SourceUnit unit;
  Commissioner commissioner;
  Enterprise enterprise;
  Enterprise secondEnterprise;
  Dispatch dispatch;
  String city;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    unit = data.sourceUnit();
    commissioner = data.commissioner(unit);
    enterprise = fixtures.enterprise(DISTRICT);
    secondEnterprise = fixtures.enterprise(DISTRICT);
    dispatch = fixtures.dispatch(commissioner, DISTRICT, LocalDate.now().minusMonths(3),
        List.of(enterprise, secondEnterprise));
    city = data.cityOfficial();
  }

  @AfterEach
  void clear() {
    identityService.clearAuthentication();
  }

  // ---- helpers ---------------------------------------------------------------------------------

  static VariableMap project(String creditCode, String title) {
    VariableMap v = CREDIT_CODE.map(creditCode);
    TITLE.in(v, title);
    CATEGORY.in(v, ProjectCategory.SCIENCE_PLAN.name());
    INDUSTRY_GROUP.in(v, "NEW_MATERIALS");
    CONTENT.in(v, "以煤矸石、粉煤灰为主要原料，研究高掺量固废蒸压加气混凝土配方与养护工艺，建设示范生产线。");
    GOALS.in(v, "固废掺量不低于70%，产品强度等级达到A5.0，申请发明专利2项。");
    TOTAL_BUDGET.in(v, new BigDecimal("120.00"));
    ENTERPRISE_FUNDING.in(v, new BigDecimal("80"));
    DURATION_MONTHS.in(v, 24L);
    JOINT_PLEDGE.in(v, true);
    return v;
  }

  ProcessInstance file(Commissioner who, Map<String, Object> variables) {
    identityService.setAuthentication(who.getUserId(), List.of(Groups.COMMISSIONERS));
    try {
      return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProjectApplication applicationOf(ProcessInstance instance) {
    return applications.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  Task onlyTask(ProcessInstance instance) {
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  void complete(String userId, List<String> groups, Task task, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      taskService.complete(task.getId(), variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  void enterpriseAgrees(ProcessInstance instance, Enterprise e) {
    Task task = onlyTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(JOINT_TASK);
    assertThat(task.getAssignee()).isEqualTo(e.getContactUserId());
    complete(e.getContactUserId(), List.of(Groups.ENTERPRISES), task, JOINT_ANSWER.map(AGREE));
  }

  void cityFindsConditions(ProcessInstance instance, String decision, String note) {
    Task task = onlyTask(instance);
    assertThat(task.getTaskDefinitionKey()).isEqualTo(CONDITIONS_TASK);
    complete(city, List.of(Groups.CITY), task, CONDITIONS_NOTE.in(CONDITIONS_DECISION.map(decision), note));
  }

  static VariableMap review(int score, boolean recommend) {
    return REVIEW_RECOMMEND.in(REVIEW_OPINION.in(REVIEW_SCORE.map((long) score), "创新性较强，技术路线可行，企业配套充足。"),
        recommend);
  }

  ExpertMembership expert(Commissioner who, String fields) {
    return memberships.save(new ExpertMembership(who, "新型建材与固废利用", "教授", fields, "主持省级项目3项", "city.test",
        Instant.now(), "fixture"));
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  static HttpEntity<Object> json(Object body, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return new HttpEntity<>(body, headers);
  }

  static Map<String, Object> request(String creditCode, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("creditCode", creditCode);
    body.put("title", title);
    body.put("category", "MAJOR_SPECIAL");
    body.put("industryGroupCode", "NEW_MATERIALS");
    body.put("content", "研究煤基固废制备高性能防腐涂层填料的关键技术，完成中试并在企业产线应用。");
    body.put("goals", "形成年产5000吨生产能力，新增产值3000万元。");
    body.put("totalBudget", 300);
    body.put("enterpriseFunding", 200);
    body.put("durationMonths", 24);
    body.put("jointPledge", true);
    return body;
  }

  ResponseEntity<Map<String, Object>> post(String user, Map<String, Object> body, String language) {
    return as(user).exchange("/api/project-applications", HttpMethod.POST, json(body, language), OBJECT);
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  static Set<String> fields(ResponseEntity<Map<String, Object>> response) {
    return errors(response).stream().map(e -> (String) e.get("field")).collect(Collectors.toSet());
  }

  // ---- tests -----------------------------------------------------------------------------------

  @Test
  @Tag("P-19") @Tag("P-20") @Tag("P-14")
  @DisplayName("P-19/P-20 a joint project from filing to provincial recommendation: enterprise consent, condition check first in the queue, reviewers from the pool never conflicted, city decision")
  void fullPath() {
    Commissioner colleague = data.commissioner(unit);
    expert(colleague, "NEW_MATERIALS");
    expert(commissioner, "NEW_MATERIALS");
    SourceUnit enterpriseAsUnit = sourceUnits.save(new SourceUnit("eu" + data.id("x").replace(".", ""),
        enterprise.getName(), SourceUnitType.LEADING_ENTERPRISE, true, "宿州市", new BigDecimal("33.63"),
        new BigDecimal("117.02")));
    Commissioner staff = data.commissioner(enterpriseAsUnit);
    expert(staff, "NEW_MATERIALS");
    Commissioner adviser = data.commissioner(data.sourceUnit());
    Dispatch adviserDispatch = fixtures.dispatch(adviser, "341321", LocalDate.now().minusMonths(3),
        List.of(fixtures.enterprise("341321")));
    posts.save(new ConcurrentPost(adviserDispatch.getId(), enterprise.getName(), ConcurrentPost.PostType.ADVISER,
        "技术顾问", LocalDate.now().minusMonths(1), null, "fixture", Instant.now()));
    expert(adviser, "NEW_MATERIALS");
    Commissioner servesIt = data.commissioner(data.sourceUnit());
    fixtures.dispatch(servesIt, DISTRICT, LocalDate.now().minusMonths(3), List.of(enterprise));
    expert(servesIt, "NEW_MATERIALS");
    Set<String> conflicted = Set.of(commissioner.getUserId(), colleague.getUserId(), staff.getUserId(),
        adviser.getUserId(), servesIt.getUserId());
    for (int i = 0; i < 3; i++) {
      expert(data.commissioner(data.sourceUnit()), "NEW_MATERIALS,EQUIPMENT");
    }

    ProcessInstance instance = file(commissioner, project(enterprise.getCreditCode(), "煤矸石基绿色墙材关键技术研究"));
    ProjectApplication filed = applicationOf(instance);
    assertThat(filed.getStatus()).isEqualTo(ProjectStatus.SUBMITTED);
    assertThat(filed.isQuotaExempt()).isTrue();
    assertThat(filed.getApplicationYear()).isEqualTo(EngineClock.today().getYear());
    assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult()
        .getBusinessKey()).isEqualTo(filed.applicationNo()).startsWith("宿双链项〔");

    enterpriseAgrees(instance, enterprise);
    Task check = onlyTask(instance);
    assertThat(check.getPriority()).as("P-19 reviewed first").isEqualTo(90).isGreaterThan(Task.PRIORITY_NORMAL);
    cityFindsConditions(instance, MET, null);

    List<Task> reviewTasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(reviewTasks).hasSize(3).allSatisfy(t -> {
      assertThat(t.getTaskDefinitionKey()).isEqualTo(REVIEW_TASK);
      assertThat(t.getPriority()).isEqualTo(90);
    });
    Set<String> drawn = reviewTasks.stream().map(Task::getAssignee).collect(Collectors.toSet());
    assertThat(drawn).as("P-20 never a conflicted expert").doesNotContainAnyElementsOf(conflicted);
    String summary = (String) runtimeService.getVariable(instance.getId(), DRAW_SUMMARY.name());
    assertThat(summary).contains(commissioner.getName() + "（申请人本人）", colleague.getName() + "（与申请人同一派出单位）",
        staff.getName() + "（申报企业人员）", adviser.getName() + "（在申报企业兼任职务）",
        servesIt.getName() + "（正派驻服务申报企业）");

    int score = 80;
    for (Task task : reviewTasks) {
      assertThat(taskService.getVariable(task.getId(), REVIEW_SCORE.name())).as("no expert sees another's score")
          .isNull();
      complete(task.getAssignee(), List.of(Groups.COMMISSIONERS), task, review(score, score >= 90));
      score += 5;
    }
    assertThat(reviews.findByApplicationIdOrderById(filed.getId())).hasSize(3).allMatch(ProjectReview::isSubmitted);

    Task decide = onlyTask(instance);
    assertThat(decide.getTaskDefinitionKey()).isEqualTo(DECIDE_TASK);
    assertThat(runtimeService.getVariable(instance.getId(), AVERAGE_SCORE.name())).isEqualTo(85.0);
    VariableMap rejectRecommended = RECOMMEND_PROVINCE.in(PROJECT_DECISION.map(REJECT), true);
    assertThatThrownBy(() -> complete(city, List.of(Groups.CITY), decide, rejectRecommended))
        .isInstanceOf(ProcessRuleViolation.class)
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).problems()).extracting(ProcessRuleViolation.Problem::field)
            .contains(DECISION_NOTE.name(), RECOMMEND_PROVINCE.name()));
    complete(city, List.of(Groups.CITY), decide, RECOMMENDATION_NOTE.in(RECOMMEND_PROVINCE.in(
        PROJECT_DECISION.map(APPROVE), true), "专家评分第一，产业带动作用突出"));

    ProjectApplication decided = applications.findById(filed.getId()).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(ProjectStatus.APPROVED);
    assertThat(decided.isRecommendedToProvince()).isTrue();
    assertThat(decided.getAverageScore()).isEqualByComparingTo("85.00");
    Task notice = onlyTask(instance);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo(RESULT_TASK);
    assertThat(notice.getAssignee()).isEqualTo(commissioner.getUserId());
    assertThat((String) taskService.getVariable(notice.getId(), RESULT_LABEL.name())).contains("已立项", "推荐申报省级项目");
    complete(commissioner.getUserId(), List.of(Groups.COMMISSIONERS), notice, Map.of());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 one a year: a second project of the commissioner, or of the enterprise with another commissioner, is refused naming the earlier application; a rejected one keeps the place, one the enterprise declined frees it")
  void oneAYear() {
    ProcessInstance first = file(commissioner, project(enterprise.getCreditCode(), "绿色墙材关键技术研究一期"));
    ProjectApplication earlier = applicationOf(first);
    long before = applications.count();
    long instances = runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();

    assertThatThrownBy(() -> file(commissioner, project(secondEnterprise.getCreditCode(), "另一个联合项目申报书")))
        .isInstanceOf(ProcessRuleConflict.class)
        .hasMessageContaining(earlier.applicationNo()).hasMessageContaining("绿色墙材关键技术研究一期")
        .hasMessageContaining("每位双链融合专员每年限报 1 项");

    Commissioner other = data.commissioner(data.sourceUnit());
    fixtures.dispatch(other, DISTRICT, LocalDate.now().minusMonths(3), List.of(enterprise));
    assertThatThrownBy(() -> file(other, project(enterprise.getCreditCode(), "同一企业的第二个项目")))
        .isInstanceOf(ProcessRuleConflict.class)
        .hasMessageContaining(earlier.applicationNo()).hasMessageContaining("每家企业每年限报 1 项")
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).field()).isEqualTo(CREDIT_CODE.name()));
    assertThat(applications.count()).isEqualTo(before);
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count())
        .isEqualTo(instances);

    // the enterprise declines: both places are free again
    Task joint = onlyTask(first);
    assertThatThrownBy(() -> complete(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), joint,
        JOINT_ANSWER.map(DECLINE))).isInstanceOf(ProcessRuleViolation.class)
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).field()).isEqualTo(JOINT_DECLINE_REASON.name()));
    complete(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), joint,
        JOINT_DECLINE_REASON.in(JOINT_ANSWER.map(DECLINE), "企业今年已另有研发计划"));
    assertThat(applications.findById(earlier.getId()).orElseThrow().getStatus()).isEqualTo(ProjectStatus.DECLINED);
    Task notice = onlyTask(first);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo(RESULT_TASK);
    assertThat((String) taskService.getVariable(notice.getId(), RESULT_NOTE.name())).contains("企业今年已另有研发计划");

    // the place is free: the other commissioner files with the enterprise; the city finds the conditions unmet
    ProcessInstance second = file(other, project(enterprise.getCreditCode(), "同一企业的第二个项目"));
    enterpriseAgrees(second, enterprise);
    assertThatThrownBy(() -> cityFindsConditions(second, NOT_MET, null)).isInstanceOf(ProcessRuleViolation.class);
    cityFindsConditions(second, NOT_MET, "不属于市级科技计划项目支持方向");
    ProjectApplication rejected = applicationOf(second);
    assertThat(rejected.getStatus()).isEqualTo(ProjectStatus.REJECTED);
    assertThat(rejected.getSerialNo()).as("refused filings draw no number: the year's numbers run on")
        .isEqualTo(earlier.getSerialNo() + 1);
    assertThat(rejected.applicationNo()).matches("宿双链项〔\\d{4}〕\\d{4}");
    // rejected keeps the place: it was filed
    assertThatThrownBy(() -> file(other, project(enterprise.getCreditCode(), "第三个项目申报书")))
        .isInstanceOf(ProcessRuleConflict.class).hasMessageContaining(rejected.applicationNo())
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).problems()).extracting(ProcessRuleViolation.Problem::field)
            .containsExactly(COMMISSIONER_ID.name(), CREDIT_CODE.name()));
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 the database keeps one application per commissioner and per enterprise a year even without the process rule")
  void databaseKeepsOneAYear() {
    ProjectApplication first = applicationOf(file(commissioner, project(enterprise.getCreditCode(), "数据库约束验证项目")));
    assertThatThrownBy(() -> applications.saveAndFlush(new ProjectApplication(first.getApplicationYear(), 9999, dispatch,
        secondEnterprise, "绕过流程规则的第二个项目", ProjectCategory.SCIENCE_PLAN,
        industryGroups.getReferenceById("NEW_MATERIALS"), "内容".repeat(20), "目标".repeat(10), BigDecimal.TEN,
        BigDecimal.ONE, 12, 90, "test", Instant.now(), "none")))
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 a pair not in a dispatch together is refused: an enterprise the dispatch does not serve, a commissioner without a running dispatch; bad fields are named at once and nothing is written")
  void pairAndFields() {
    Enterprise notServed = fixtures.enterprise(DISTRICT);
    long before = applications.count();
    assertThatThrownBy(() -> file(commissioner, project(notServed.getCreditCode(), "非服务企业的联合项目")))
        .isInstanceOf(ProcessRuleViolation.class).isNotInstanceOf(ProcessRuleConflict.class)
        .hasMessageContaining(notServed.getName()).hasMessageContaining("不是专员")
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).field()).isEqualTo(CREDIT_CODE.name()));

    Commissioner idle = data.commissioner(data.sourceUnit());
    assertThatThrownBy(() -> file(idle, project(enterprise.getCreditCode(), "没有派驻的专员申报")))
        .isInstanceOf(ProcessRuleViolation.class).hasMessageContaining("没有进行中的派驻");

    VariableMap bad = project("91341302MA2T00015X", "短");
    CATEGORY.in(bad, "PROVINCIAL");
    TOTAL_BUDGET.in(bad, new BigDecimal("-3"));
    bad.put(ENTERPRISE_FUNDING.name(), "abc"); // as a REST integrator may send it
    DURATION_MONTHS.in(bad, 99L);
    JOINT_PLEDGE.in(bad, false);
    assertThatThrownBy(() -> file(commissioner, bad)).isInstanceOf(ProcessRuleViolation.class)
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).problems()).extracting(ProcessRuleViolation.Problem::field)
            .contains(CREDIT_CODE.name(), TITLE.name(), CATEGORY.name(), TOTAL_BUDGET.name(), ENTERPRISE_FUNDING.name(),
                DURATION_MONTHS.name(), JOINT_PLEDGE.name()));
    assertThat(applications.count()).isEqualTo(before);
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 two filings of one commissioner fired at once over REST: exactly one is 201, the other 409 naming it")
  void concurrentFilingsOfOneCommissioner() throws Exception {
    List<ResponseEntity<Map<String, Object>>> results = race(
        () -> post(commissioner.getUserId(), request(enterprise.getCreditCode(), "并发申报甲项目"), null),
        () -> post(commissioner.getUserId(), request(secondEnterprise.getCreditCode(), "并发申报乙项目"), null));
    assertExactlyOneWins(results);
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 two commissioners filing for one enterprise at once over REST: exactly one is 201, the other 409 naming it")
  void concurrentFilingsForOneEnterprise() throws Exception {
    Commissioner other = data.commissioner(data.sourceUnit());
    fixtures.dispatch(other, DISTRICT, LocalDate.now().minusMonths(3), List.of(enterprise));
    List<ResponseEntity<Map<String, Object>>> results = race(
        () -> post(commissioner.getUserId(), request(enterprise.getCreditCode(), "并发申报丙项目"), null),
        () -> post(other.getUserId(), request(enterprise.getCreditCode(), "并发申报丁项目"), null));
    assertExactlyOneWins(results);
  }

  @SafeVarargs
  final List<ResponseEntity<Map<String, Object>>> race(
      java.util.concurrent.Callable<ResponseEntity<Map<String, Object>>>... calls) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(calls.length);
    CountDownLatch ready = new CountDownLatch(calls.length);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<ResponseEntity<Map<String, Object>>>> futures = new ArrayList<>();
      for (var call : calls) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      ready.await(10, TimeUnit.SECONDS);
      go.countDown();
      List<ResponseEntity<Map<String, Object>>> results = new ArrayList<>();
      for (var future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } finally {
      pool.shutdownNow();
    }
  }

  void assertExactlyOneWins(List<ResponseEntity<Map<String, Object>>> results) {
    List<ResponseEntity<Map<String, Object>>> won = results.stream()
        .filter(r -> r.getStatusCode() == HttpStatus.CREATED).toList();
    List<ResponseEntity<Map<String, Object>>> lost = results.stream()
        .filter(r -> r.getStatusCode() != HttpStatus.CREATED).toList();
    assertThat(won).as("exactly one succeeds: %s", results).hasSize(1);
    assertThat(lost).hasSize(1);
    String winner = (String) won.get(0).getBody().get("applicationNo");
    assertThat(lost.get(0).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) lost.get(0).getBody().get("detail")).contains(winner).contains("每年限报 1 项");
    Long winnerId = ((Number) won.get(0).getBody().get("id")).longValue();
    assertThat(applications.findById(winnerId).orElseThrow().getStatus()).isEqualTo(ProjectStatus.SUBMITTED);
  }

  @Test
  @Tag("P-19") @Tag("P-14") @Tag("P-13")
  @DisplayName("P-19 over REST: filed as the commissioner (201), Tasklist's start form refuses a second naming the first, readers per P-14, level filter (P-13), withdrawal frees the place, bad input in Chinese and English")
  void overRest() {
    ResponseEntity<Map<String, Object>> created = post(commissioner.getUserId(),
        request(enterprise.getCreditCode(), "防腐涂层填料中试项目"), null);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> body = created.getBody();
    assertThat(body).containsEntry("status", "SUBMITTED").containsEntry("quotaExempt", true)
        .containsEntry("reviewPriority", 90).containsEntry("categoryLabel", "市级重大专项")
        .containsEntry("commissionerLevel", "MUNICIPAL");
    long id = ((Number) body.get("id")).longValue();
    String number = (String) body.get("applicationNo");

    // Tasklist's start dialog posts submit-form: refused with the earlier application named, as the
    // same rule-conflict problem as /api (Tasklist shows its message)
    Map<String, Object> formVariables = new HashMap<>();
    project(secondEnterprise.getCreditCode(), "另一个项目申报书").forEach((k, v) -> formVariables.put(k, Map.of("value", v)));
    ResponseEntity<Map<String, Object>> form = as(commissioner.getUserId()).exchange(
        "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", formVariables), null), OBJECT);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(form.getBody()).containsEntry("type", "urn:shuanglian:problem:rule-conflict");
    assertThat((String) form.getBody().get("detail")).contains(number);
    assertThat((String) form.getBody().get("message")).contains(number).contains("每位双链融合专员每年限报 1 项")
        .doesNotContain("Cannot instantiate");

    ResponseEntity<Map<String, Object>> english = post(commissioner.getUserId(),
        request(secondEnterprise.getCreditCode(), "另一个项目申报书"), "en");
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) english.getBody().get("detail")).contains("has already filed", number, ", filed)",
        "at most one a year").doesNotContain("已申报");

    // readers (P-14)
    String district = data.districtOfficial(DISTRICT);
    String otherDistrict = data.districtOfficial("341321");
    assertThat(ids(as(city), "")).contains(id);
    assertThat(ids(as(district), "")).contains(id);
    assertThat(ids(as(otherDistrict), "")).doesNotContain(id);
    assertThat(ids(as(enterprise.getContactUserId()), "")).containsExactly(id);
    assertThat(ids(as(secondEnterprise.getContactUserId()), "")).isEmpty();
    assertThat(ids(as(data.sourceUnitOfficial(unit)), "")).containsExactly(id);
    assertThat(as(otherDistrict).exchange("/api/project-applications/" + id, HttpMethod.GET, null, OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(ids(as(city), "?level=MUNICIPAL")).contains(id);
    assertThat(ids(as(city), "?level=PROVINCIAL")).doesNotContain(id);
    ResponseEntity<Map<String, Object>> badLevel = as(city).exchange("/api/project-applications?level=COUNTY",
        HttpMethod.GET, null, OBJECT);
    assertThat(badLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(badLevel)).containsExactly("level");

    // withdrawal: not by another, reason needed, then the place is free again
    assertThat(as(secondEnterprise.getContactUserId()).exchange("/api/project-applications/" + id + "/withdrawal",
        HttpMethod.POST, json(Map.of("reason", "x"), null), OBJECT).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> noReason = as(commissioner.getUserId()).exchange(
        "/api/project-applications/" + id + "/withdrawal", HttpMethod.POST, json(Map.of("reason", " "), null), OBJECT);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    ResponseEntity<Map<String, Object>> withdrawn = as(commissioner.getUserId()).exchange(
        "/api/project-applications/" + id + "/withdrawal", HttpMethod.POST,
        json(Map.of("reason", "企业资金安排调整，明年再报"), null), OBJECT);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(withdrawn.getBody()).containsEntry("status", "WITHDRAWN").containsEntry("holdsYearPlace", false);
    assertThat(historyService.createHistoricActivityInstanceQuery().activityId(WITHDRAWN_END).list())
        .anyMatch(a -> a.getProcessInstanceId().equals(body.get("processInstanceId")));

    ResponseEntity<Map<String, Object>> again = post(commissioner.getUserId(),
        request(secondEnterprise.getCreditCode(), "撤回后重新申报的项目"), null);
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    long againId = ((Number) again.getBody().get("id")).longValue();
    ProcessInstance againInstance = runtimeService.createProcessInstanceQuery()
        .processInstanceId((String) again.getBody().get("processInstanceId")).singleResult();
    enterpriseAgrees(againInstance, secondEnterprise);
    cityFindsConditions(againInstance, NOT_MET, "经费预算依据不足");
    ResponseEntity<Map<String, Object>> late = as(commissioner.getUserId()).exchange(
        "/api/project-applications/" + againId + "/withdrawal", HttpMethod.POST,
        json(Map.of("reason", "想撤回"), null), OBJECT);
    assertThat(late.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) late.getBody().get("detail")).contains("未立项");

    // bad input, Chinese and English, nothing written
    long before = applications.count();
    Map<String, Object> bad = request("12345", "");
    bad.put("category", "X");
    bad.put("durationMonths", 2);
    bad.put("jointPledge", false);
    Commissioner fresh = data.commissioner(data.sourceUnit());
    fixtures.dispatch(fresh, DISTRICT, LocalDate.now().minusMonths(3), List.of(fixtures.enterprise(DISTRICT)));
    ResponseEntity<Map<String, Object>> zh = post(fresh.getUserId(), bad, null);
    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    // the request's own field names (title, category), not the process's variables (projectTitle, …)
    assertThat(fields(zh)).contains(CREDIT_CODE.name(), "title", "category", DURATION_MONTHS.name(),
        JOINT_PLEDGE.name()).doesNotContain(TITLE.name(), CATEGORY.name());
    assertThat((String) zh.getBody().get("detail")).contains("统一社会信用代码");
    ResponseEntity<Map<String, Object>> en = post(fresh.getUserId(), bad, "en");
    assertThat(en.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) en.getBody().get("detail")).contains("unified social credit code").contains(DURATION_MONTHS.name());
    assertThat(applications.count()).isEqualTo(before);
  }

  // ---- the case, the actor and who may act come from the domain, not from variables (issue 12) ---

  /** Names an attacker sent that this process once read and no longer does; the contract does not declare them. */
  static final String FORGED_APPLICATION_ID = "applicationId";
  static final String FORGED_INITIATOR = "initiatorUserId";

  ProcessInstance fileAs(String userId, List<String> groups, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A task handed to someone (as a careless or hostile reassignment would). */
  Task handTo(Task task, String userId) {
    taskService.setAssignee(task.getId(), userId);
    return taskService.createTaskQuery().taskId(task.getId()).singleResult();
  }

  @Test
  @Tag("P-19") @Tag("P-14")
  @DisplayName("P-19 an enterprise's answer acts on its own case: naming another application's id declines only its own, the other stays untouched")
  void answerActsOnTheCaseOwnApplication() {
    Commissioner other = data.commissioner(data.sourceUnit());
    Enterprise othersEnterprise = fixtures.enterprise(DISTRICT);
    fixtures.dispatch(other, DISTRICT, LocalDate.now().minusMonths(3), List.of(othersEnterprise));
    ProcessInstance victim = file(other, project(othersEnterprise.getCreditCode(), "另一家企业的联合项目"));
    ProjectApplication victimApplication = applicationOf(victim);
    ProcessInstance own = file(commissioner, project(enterprise.getCreditCode(), "本企业的联合项目申报"));

    VariableMap forged = JOINT_DECLINE_REASON.in(JOINT_ANSWER.map(DECLINE), "本企业今年不参与联合申报");
    forged.put(FORGED_APPLICATION_ID, victimApplication.getId());
    complete(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), onlyTask(own), forged);

    assertThat(applicationOf(own).getStatus()).isEqualTo(ProjectStatus.DECLINED);
    assertThat(applicationOf(own).getEnterpriseAnswerBy()).isEqualTo(enterprise.getContactUserId());
    ProjectApplication untouched = applications.findById(victimApplication.getId()).orElseThrow();
    assertThat(untouched.getStatus()).isEqualTo(ProjectStatus.SUBMITTED);
    assertThat(untouched.getEnterpriseAnswerBy()).isNull();
    assertThat(onlyTask(victim).getTaskDefinitionKey()).isEqualTo(JOINT_TASK);
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 the filer is the authenticated user: a start naming another commissioner as initiator files nothing in their name; only the city bureau names a commissioner, and files in theirs")
  void filerIsTheAuthenticatedUser() {
    Commissioner other = data.commissioner(data.sourceUnit());
    Enterprise othersEnterprise = fixtures.enterprise(DISTRICT);
    fixtures.dispatch(other, DISTRICT, LocalDate.now().minusMonths(3), List.of(othersEnterprise));
    long before = applications.count();

    // a commissioner claiming to be another: their own dispatch does not serve the other's enterprise
    VariableMap impersonating = project(othersEnterprise.getCreditCode(), "冒名申报的联合项目");
    impersonating.put(FORGED_INITIATOR, other.getUserId());
    assertThatThrownBy(() -> file(commissioner, impersonating)).isInstanceOf(ProcessRuleViolation.class)
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).field()).isEqualTo(CREDIT_CODE.name()));
    // a city official claiming to be the commissioner, without naming them
    assertThatThrownBy(() -> fileAs(city, List.of(Groups.CITY), impersonating)).isInstanceOf(ProcessRuleViolation.class)
        .satisfies(e -> assertThat(((ProcessRuleViolation) e).field()).isEqualTo(COMMISSIONER_ID.name()));
    // a commissioner naming another
    VariableMap naming = COMMISSIONER_ID.in(project(othersEnterprise.getCreditCode(), "代他人申报的联合项目"), other.getId());
    assertThatThrownBy(() -> file(commissioner, naming)).isInstanceOf(ProcessRuleViolation.class)
        .hasMessageContaining("专员只能为本人申报");
    assertThat(applications.count()).isEqualTo(before);

    // the city bureau files for the named commissioner: the application is theirs, filed by the city
    ProjectApplication filed = applicationOf(fileAs(city, List.of(Groups.CITY), naming));
    assertThat(filed.getCommissioner().getId()).isEqualTo(other.getId());
    assertThat(filed.getEnterprise().getId()).isEqualTo(othersEnterprise.getId());
    assertThat(filed.getFiledBy()).isEqualTo(city);
    assertThat(runtimeService.getVariable(filed.getProcessInstanceId(), COMMISSIONER_ID.name()))
        .as("the REST-only input is not kept: the row says whose project it is").isNull();
    // and the commissioner's own place of the year is still free
    assertThat(applicationOf(file(commissioner, project(enterprise.getCreditCode(), "本人申报的联合项目"))).getCommissioner()
        .getId()).isEqualTo(commissioner.getId());
  }

  @Test
  @Tag("P-20") @Tag("P-19")
  @DisplayName("P-20 a review is the completing expert's own drawn review: naming another expert records nothing under their name, the applicant handed a review or the decision is refused, no expert reviews twice; the conflicted are excluded from the case's tasks")
  void reviewsAndDecisionsBelongToThoseEntitled() {
    Commissioner colleague = data.commissioner(unit);
    expert(colleague, "NEW_MATERIALS");
    expert(commissioner, "NEW_MATERIALS");
    for (int i = 0; i < 3; i++) {
      expert(data.commissioner(data.sourceUnit()), "NEW_MATERIALS");
    }
    ProcessInstance instance = file(commissioner, project(enterprise.getCreditCode(), "煤矸石基墙材评审归属验证"));
    ProjectApplication application = applicationOf(instance);

    // the applicant's side never answers for the enterprise, the applicant never checks the conditions
    Task joint = onlyTask(instance);
    assertThatThrownBy(() -> complete(commissioner.getUserId(), List.of(Groups.COMMISSIONERS),
        handTo(joint, commissioner.getUserId()), JOINT_ANSWER.map(AGREE))).isInstanceOf(ProcessRuleViolation.class)
        .hasMessageContaining(application.applicationNo());
    handTo(joint, enterprise.getContactUserId());
    enterpriseAgrees(instance, enterprise);
    Task check = onlyTask(instance);
    assertThatThrownBy(() -> complete(commissioner.getUserId(), List.of(Groups.COMMISSIONERS, Groups.CITY), check,
        CONDITIONS_DECISION.map(MET))).isInstanceOf(ProcessRuleViolation.class);
    assertThat(applicationOf(instance).getStatus()).isEqualTo(ProjectStatus.SUBMITTED);
    cityFindsConditions(instance, MET, null);

    List<Task> tasks = taskService.createTaskQuery().processInstanceId(instance.getId()).list();
    assertThat(tasks).hasSize(3);
    Task first = tasks.get(0);
    Task second = tasks.get(1);
    Task third = tasks.get(2);
    String thirdExpert = third.getAssignee();

    // (b) the first expert names the second as the reviewer: recorded as the first's own
    complete(first.getAssignee(), List.of(Groups.COMMISSIONERS), first,
        REVIEWER_USER_ID.in(review(70, false), second.getAssignee()));
    assertThat(reviewOf(application, first.getAssignee()).getScore()).isEqualTo(70);
    assertThat(reviewOf(application, second.getAssignee()).isSubmitted()).isFalse();
    complete(second.getAssignee(), List.of(Groups.COMMISSIONERS), second, review(90, true));
    assertThat(reviewOf(application, second.getAssignee()).getScore()).isEqualTo(90);

    // (c) the third review handed to the applicant: refused; to an expert who has reviewed: refused
    assertThatThrownBy(() -> complete(commissioner.getUserId(), List.of(Groups.COMMISSIONERS),
        handTo(third, commissioner.getUserId()), review(100, true))).isInstanceOf(ProcessRuleViolation.class)
        .hasMessageContaining("不是申报").hasMessageContaining(application.applicationNo());
    assertThatThrownBy(() -> complete(first.getAssignee(), List.of(Groups.COMMISSIONERS),
        handTo(third, first.getAssignee()), review(100, true))).isInstanceOf(ProcessRuleViolation.class)
        .hasMessageContaining("已提交过");
    complete(thirdExpert, List.of(Groups.COMMISSIONERS), handTo(third, thirdExpert), review(80, false));
    assertThat(reviews.findByApplicationIdOrderById(application.getId())).hasSize(3).allMatch(ProjectReview::isSubmitted);
    assertThat(reviewOf(application, thirdExpert).getScore()).isEqualTo(80);

    // who the policy keeps from the case's tasks (for the trust boundary), from the application's row
    Set<String> conflicted = contract.excludedWorkers(instance.getId(), REVIEW_TASK);
    assertThat(conflicted).contains(commissioner.getUserId(), colleague.getUserId(), enterprise.getContactUserId())
        .doesNotContain(first.getAssignee(), second.getAssignee(), thirdExpert, city);
    assertThat(contract.excludedWorkers(instance.getId(), DECIDE_TASK)).isEqualTo(conflicted);
    assertThat(contract.excludedWorkers(instance.getId(), CONDITIONS_TASK)).isEqualTo(conflicted);
    assertThat(contract.excludedWorkers(instance.getId(), JOINT_TASK))
        .contains(commissioner.getUserId(), colleague.getUserId()).doesNotContain(enterprise.getContactUserId());
    assertThat(contract.excludedWorkers(instance.getId(), RESULT_TASK)).isEmpty();

    // the decision handed to the applicant: refused
    Task decide = onlyTask(instance);
    assertThat(decide.getTaskDefinitionKey()).isEqualTo(DECIDE_TASK);
    assertThatThrownBy(() -> complete(commissioner.getUserId(), List.of(Groups.COMMISSIONERS),
        handTo(decide, commissioner.getUserId()), PROJECT_DECISION.map(APPROVE)))
        .isInstanceOf(ProcessRuleViolation.class).hasMessageContaining(application.applicationNo());
    complete(city, List.of(Groups.CITY), handTo(decide, city), PROJECT_DECISION.map(APPROVE));
    assertThat(applicationOf(instance).getStatus()).isEqualTo(ProjectStatus.APPROVED);
    assertThat(applicationOf(instance).getDecidedBy()).isEqualTo(city);
  }

  ProjectReview reviewOf(ProjectApplication application, String reviewer) {
    return reviews.findByApplicationIdAndReviewerUserId(application.getId(), reviewer).orElseThrow();
  }

  List<Long> ids(TestRestTemplate client, String query) {
    return cn.suzhou.shuanglian.support.ApiPages.ids(client, "/api/project-applications" + query);
  }
}
