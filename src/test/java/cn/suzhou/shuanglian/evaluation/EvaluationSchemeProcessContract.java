package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
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
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * evaluationScheme (P-18) with the real delegates, grants and database: approval puts a scheme in
 * force and supersedes the earlier one; return → revise → approve; bad schemes refused field by field
 * with nothing written; district isolation in the engine and over REST (real HTTP Basic), with
 * messages in Chinese and English. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class EvaluationSchemeProcessContract {

  static final String PROCESS = PROCESS_KEY;
  static final String REVIEW = "审批考核评价制度";
  static final String REVISE = "修改考核评价制度";
  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired EvaluationSchemeRepository schemes;
  @Autowired EvaluationSchemeService schemeService;
  @Autowired TestRestTemplate rest;

  TestData data;
  String city;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    city = data.cityOfficial();
    // the database may hold earlier runs' open cases (MariaDB): each test starts with none
    identityService.clearAuthentication();
    runtimeService.createProcessInstanceQuery().processDefinitionKey(PROCESS).list()
        .forEach(p -> runtimeService.deleteProcessInstance(p.getId(), "test fixture"));
  }

  @AfterEach
  void reset() {
    identityService.clearAuthentication();
  }

  // ---- engine helpers: act as a user with their groups, as Tasklist does

  <T> T as(String user, Supplier<T> call) {
    identityService.setAuthentication(user, identityService.createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList());
    try {
      return call.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** A scheme as a client sends it: numbers as the form or the integrator types them (whole, decimal). */
  static Map<String, Object> scheme(Object orientation, Object initiative, Object satisfaction, Object results,
      Object excellent, Object qualified, Object basic, String units) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(WEIGHT_ORIENTATION.name(), orientation);
    variables.put(WEIGHT_INITIATIVE.name(), initiative);
    variables.put(WEIGHT_SATISFACTION.name(), satisfaction);
    variables.put(WEIGHT_RESULTS.name(), results);
    variables.put(EXCELLENT_MIN.name(), excellent);
    variables.put(QUALIFIED_MIN.name(), qualified);
    variables.put(BASIC_MIN.name(), basic);
    variables.put(SERVICE_UNITS_CONSULTED.name(), units);
    variables.put(CRITERIA_NOTES.name(), "企业满意度以服务单位年度评价为准");
    return variables;
  }

  static Map<String, Object> valid() {
    return scheme(20, 20, 30, 30, 90, 75.5d, 60, "宿州新型建材有限公司、宿州精工轴承有限公司");
  }

  ProcessInstance start(String user, Map<String, Object> variables) {
    return as(user, () -> runtimeService.startProcessInstanceByKey(PROCESS, variables));
  }

  Task task(String processInstanceId, String name) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).taskName(name).list();
    assertThat(open).as("open task %s", name).hasSize(1);
    return open.get(0);
  }

  void complete(Task task, String user, Map<String, Object> variables) {
    as(user, () -> {
      taskService.claim(task.getId(), user);
      taskService.complete(task.getId(), variables);
      return null;
    });
  }

  static ProcessRuleViolation violation(Throwable thrown) {
    return ProcessRuleViolation.findIn(thrown).orElseThrow(() -> new AssertionError("no rule violation", thrown));
  }

  /** The scheme the case decides (linked to it by its process instance id). */
  long schemeId(ProcessInstance instance) {
    return schemeService.ofCase(instance.getId()).getId();
  }

  Object variable(String executionId, Var<?> variable) {
    return runtimeService.getVariable(executionId, variable.name());
  }

  Object taskVariable(Task task, Var<?> variable) {
    return taskService.getVariable(task.getId(), variable.name());
  }

  EvaluationScheme stored(long id) {
    return schemes.findById(id).orElseThrow();
  }

  /** Submits a valid scheme for the district and approves it, as its official and the city. */
  long approved(String code, String official, Map<String, Object> content) {
    ProcessInstance instance = start(official, content);
    complete(task(instance.getId(), REVIEW), city, SCHEME_DECISION.map(APPROVE));
    return schemeId(instance);
  }

  // ---- the process

  @Test
  @Tag("P-18")
  @DisplayName("P-18 a district submits, the city approves: the scheme is in force and the district's earlier one superseded")
  void approvalPutsTheSchemeInForce() {
    String code = "341321";
    String official = data.districtOfficial(code);
    long earlier = approved(code, official, valid());
    assertThat(schemeService.inForce(code)).get().extracting(EvaluationScheme::getId).isEqualTo(earlier);

    long before = schemes.countByDistrictCode(code);
    ProcessInstance instance = start(official, scheme(25, 25, 25, 25, 92.5d, 80, 65, "宿州砀山梨业有限公司"));
    assertThat(instance.getBusinessKey()).isEqualTo("scheme-" + code + "-" + (before + 1));
    long id = schemeId(instance);
    EvaluationScheme submitted = stored(id);
    assertThat(submitted.getStatus()).isEqualTo(SchemeStatus.SUBMITTED);
    assertThat(submitted.getSubmittedBy()).isEqualTo(official);
    assertThat(submitted.getExcellentMin()).isEqualByComparingTo("92.5");
    assertThat(variable(instance.getId(), CASE_TITLE)).asString().contains("砀山县");
    assertThat(variable(instance.getId(), IN_FORCE_SUMMARY)).asString()
        .contains("现行制度（第 " + earlier + " 号").contains("企业导向 20%");

    Task review = task(instance.getId(), REVIEW);
    assertThat(review.getDueDate()).isAfter(Instant.now().plus(Duration.ofDays(9)));
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.CITY));
    assertThat(as(official, () -> taskService.createTaskQuery().taskId(review.getId()).list()))
        .as("the district does not see the city's task").isEmpty();

    assertThatThrownBy(() -> complete(review, city, Map.of()))
        .satisfies(e -> assertThat(violation(e).field()).isEqualTo(SCHEME_DECISION.name()));
    complete(review, city, REVIEW_COMMENT.in(SCHEME_DECISION.map(APPROVE), "同意施行"));

    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
    assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
        .activityId("EndEvent_SchemeInForce").count()).isEqualTo(1);
    EvaluationScheme inForce = schemeService.inForce(code).orElseThrow();
    assertThat(inForce.getId()).isEqualTo(id);
    assertThat(inForce.getStatus()).isEqualTo(SchemeStatus.APPROVED);
    assertThat(inForce.getDecidedBy()).isEqualTo(city);
    assertThat(inForce.getDecisionComment()).isEqualTo("同意施行");
    assertThat(stored(earlier).getStatus()).isEqualTo(SchemeStatus.SUPERSEDED);
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 returned with comments, revised by the district (checked again), approved; another district can neither see nor complete the tasks")
  void returnReviseApprove() {
    String code = "341322";
    String official = data.districtOfficial(code);
    String stranger = data.districtOfficial("341302");
    ProcessInstance instance = start(official, valid());
    long id = schemeId(instance);

    Task review = task(instance.getId(), REVIEW);
    assertThatThrownBy(() -> complete(review, city, SCHEME_DECISION.map(RETURN)))
        .satisfies(e -> assertThat(violation(e).field()).isEqualTo(REVIEW_COMMENT.name()));
    complete(review, city, REVIEW_COMMENT.in(SCHEME_DECISION.map(RETURN), "工作成效权重偏低，请与服务单位再议"));
    assertThat(stored(id).getStatus()).isEqualTo(SchemeStatus.RETURNED);
    assertThat(stored(id).getDecisionComment()).isEqualTo("工作成效权重偏低，请与服务单位再议");

    Task revise = task(instance.getId(), REVISE);
    assertThat(taskService.getIdentityLinksForTask(revise.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.district(code)));
    assertThat(taskVariable(revise, WEIGHT_RESULTS)).as("numbers for form-js number fields").isEqualTo(30d);
    assertThat(taskVariable(revise, QUALIFIED_MIN)).isEqualTo(75.5d);
    assertThat(as(stranger, () -> taskService.createTaskQuery().taskId(revise.getId()).list())).isEmpty();
    assertThat(as(stranger, () -> taskService.createTaskQuery().processInstanceId(instance.getId()).list())).isEmpty();
    assertThatThrownBy(() -> complete(revise, stranger, valid())).isInstanceOf(AuthorizationException.class);

    // the same rules as at submission: the task stays open and the scheme unchanged
    assertThatThrownBy(() -> complete(revise, official, scheme(20, 20, 25, 30, 90, 75, 60, "宿州萧县化工有限公司")))
        .satisfies(e -> assertThat(violation(e).getMessage()).contains("四项权重合计为 95，须为 100（P-18）"));
    assertThat(task(instance.getId(), REVISE).getId()).isEqualTo(revise.getId());
    assertThat(stored(id).getWeightResults()).isEqualTo(30);

    complete(revise, official, scheme(15, 20, 25, 40, 90, 75, 60, "宿州萧县化工有限公司、宿州萧县新材料有限公司"));
    EvaluationScheme revised = stored(id);
    assertThat(revised.getStatus()).isEqualTo(SchemeStatus.SUBMITTED);
    assertThat(revised.getWeightResults()).isEqualTo(40);
    assertThat(revised.getServiceUnitsConsulted()).contains("宿州萧县新材料有限公司");

    Task again = task(instance.getId(), REVIEW);
    assertThat(taskVariable(again, PREVIOUS_REVIEW_COMMENT)).isEqualTo("工作成效权重偏低，请与服务单位再议");
    assertThat(taskVariable(again, SCHEME_DECISION)).isNull();
    complete(again, city, SCHEME_DECISION.map(APPROVE));
    assertThat(stored(id).getStatus()).isEqualTo(SchemeStatus.APPROVED);
    assertThat(schemeService.inForce(code)).get().extracting(EvaluationScheme::getId).isEqualTo(id);
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 weights adding up to 95 and grade lines not descending are refused at once, each field named; nothing written")
  void badSchemeRefusedNothingWritten() {
    String code = "341323";
    String official = data.districtOfficial(code);
    long schemesBefore = schemes.countByDistrictCode(code);
    long casesBefore = historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();

    Map<String, Object> bad = scheme(20, 20, 25, 30, 80, 80, 85, " ");
    bad.put(CRITERIA_NOTES.name(), "说".repeat(2001));
    assertThatThrownBy(() -> start(official, bad)).satisfies(e -> {
      ProcessRuleViolation v = violation(e);
      assertThat(v.problems()).extracting(ProcessRuleViolation.Problem::field)
          .containsExactlyInAnyOrder(EvaluationSchemeRules.WEIGHTS, QUALIFIED_MIN.name(), BASIC_MIN.name(),
              SERVICE_UNITS_CONSULTED.name(), CRITERIA_NOTES.name());
      assertThat(v.problems()).filteredOn(p -> p.field().equals(EvaluationSchemeRules.WEIGHTS)).singleElement()
          .satisfies(p -> assertThat(p.message()).isEqualTo("四项权重合计为 95，须为 100（P-18）"));
      assertThat(v.problems()).filteredOn(p -> p.field().equals(QUALIFIED_MIN.name())).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("「合格线」（80）须低于「优秀线」（80）"));
    });
    assertThatThrownBy(() -> start(official, scheme(20.5d, 19.5d, 30, 30, 101, 75.123d, -1, "宿州灵璧轴承有限公司")))
        .satisfies(e -> assertThat(violation(e).problems()).extracting(ProcessRuleViolation.Problem::field)
            .containsExactlyInAnyOrder(WEIGHT_ORIENTATION.name(), WEIGHT_INITIATIVE.name(), EXCELLENT_MIN.name(),
                QUALIFIED_MIN.name(), BASIC_MIN.name()));
    assertThat(schemes.countByDistrictCode(code)).isEqualTo(schemesBefore);
    assertThat(historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count())
        .isEqualTo(casesBefore);
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 one scheme per district is decided at a time; the district is the starter's own, never another's")
  void oneOpenSchemeAndOwnDistrictOnly() {
    String code = "SZETDZ";
    String official = data.districtOfficial(code);
    ProcessInstance open = start(official, valid());
    long openId = schemeId(open);
    assertThatThrownBy(() -> start(official, valid())).satisfies(e -> {
      ProcessRuleViolation v = violation(e);
      assertThat(v.field()).isEqualTo(DISTRICT_CODE.name());
      assertThat(v.getMessage()).contains("宿州经济技术开发区已有在办的考核评价制度（第 " + openId + " 号，待市科技局审批）");
    });

    Map<String, Object> other = valid();
    other.put(DISTRICT_CODE.name(), "341302");
    assertThatThrownBy(() -> start(official, other))
        .satisfies(e -> assertThat(violation(e).getMessage()).contains("您不能为埇桥区报审考核评价制度"));
    assertThatThrownBy(() -> start(city, valid()))
        .satisfies(e -> assertThat(violation(e).getMessage()).contains("须指定县区代码"));
    String commissioner = data.user("expert", Groups.COMMISSIONERS);
    assertThatThrownBy(() -> start(commissioner, valid())).isInstanceOf(AuthorizationException.class);

    // a cancelled case no longer blocks the district
    runtimeService.deleteProcessInstance(open.getId(), "withdrawn");
    assertThat(start(official, valid()).getBusinessKey()).startsWith("scheme-" + code + "-");
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 the case's scheme and district are its row's: a districtCode or schemeId planted mid-case moves neither the return, the revision nor the approval")
  void schemeAndDistrictComeFromTheRow() {
    String code = "SMPARK";
    String official = data.districtOfficial(code);
    String other = data.districtOfficial("341302");
    ProcessInstance instance = start(official, valid());
    long id = schemeId(instance);
    // what someone with the engine's variable endpoints could write (the trust boundary refuses it)
    runtimeService.setVariable(instance.getId(), DISTRICT_CODE.name(), "341302");
    runtimeService.setVariable(instance.getId(), SCHEME_ID.name(), id + 100_000);

    complete(task(instance.getId(), REVIEW), city, REVIEW_COMMENT.in(SCHEME_DECISION.map(RETURN), "请补充服务单位意见"));
    assertThat(stored(id).getStatus()).isEqualTo(SchemeStatus.RETURNED);
    Task revise = task(instance.getId(), REVISE);
    assertThat(taskService.getIdentityLinksForTask(revise.getId())).extracting(link -> link.getGroupId())
        .containsExactly(Groups.district(code));
    assertThat(as(other, () -> taskService.createTaskQuery().taskId(revise.getId()).list())).isEmpty();

    complete(revise, official, valid());
    assertThat(variable(instance.getId(), DISTRICT_CODE)).as("mirrored again from the scheme").isEqualTo(code);
    assertThat(variable(instance.getId(), SCHEME_ID)).isEqualTo(id);
    assertThat(taskVariable(task(instance.getId(), REVIEW), PREVIOUS_REVIEW_COMMENT)).isEqualTo("请补充服务单位意见");
    complete(task(instance.getId(), REVIEW), city, SCHEME_DECISION.map(APPROVE));
    assertThat(schemeService.inForce(code)).get().extracting(EvaluationScheme::getId).isEqualTo(id);
    assertThat(stored(id).getDecidedBy()).isEqualTo(city);
  }

  // ---- REST

  TestRestTemplate asUser(String user) {
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

  ResponseEntity<Map<String, Object>> post(String user, String path, Object body, String language) {
    return asUser(user).exchange(path, HttpMethod.POST, json(body, language), OBJECT);
  }

  ResponseEntity<Map<String, Object>> get(String user, String path) {
    return asUser(user).exchange(path, HttpMethod.GET, null, OBJECT);
  }

  static Map<String, Object> body(Object orientation, Object excellent, Object qualified) {
    Map<String, Object> body = new HashMap<>();
    body.put("weightOrientation", orientation);
    body.put("weightInitiative", 20);
    body.put("weightSatisfaction", 30);
    body.put("weightResults", 30);
    body.put("excellentMin", excellent);
    body.put("qualifiedMin", qualified);
    body.put("basicMin", 60);
    body.put("serviceUnitsConsulted", "宿州泗县纺织有限公司、宿州泗县光伏科技有限公司");
    body.put("criteriaNotes", "工作成效含解决技术难题和项目合作");
    return body;
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 over REST: a district submits and reads its own scheme only, the city approves in Tasklist's engine API, 400s name every field in Chinese and English, nothing written")
  void overRest() {
    String code = "341324";
    String official = data.districtOfficial(code);
    String stranger = data.districtOfficial("SMPARK");
    String commissioner = data.user("expert", Groups.COMMISSIONERS);
    // given a district without a scheme in force
    schemes.findByInForceDistrict(code).ifPresent(s -> {
      s.supersede();
      schemes.saveAndFlush(s);
    });
    ResponseEntity<Map<String, Object>> none = get(official, "/api/districts/" + code + "/evaluation-scheme");
    assertThat(none.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(none.getBody().get("detail")).isEqualTo("泗县尚无生效的考核评价制度。");

    long before = schemes.countByDistrictCode(code);
    ResponseEntity<Map<String, Object>> refused = post(official, "/api/districts/" + code + "/evaluation-schemes",
        body(15, 70, 75), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
        .extracting(e -> e.get("field"), e -> e.get("message"))
        .contains(org.assertj.core.groups.Tuple.tuple(EvaluationSchemeRules.WEIGHTS, "四项权重合计为 95，须为 100（P-18）"))
        .anySatisfy(t -> assertThat(t.toList()).first().isEqualTo(QUALIFIED_MIN.name()));
    ResponseEntity<Map<String, Object>> english = post(official, "/api/districts/" + code + "/evaluation-schemes",
        body(15, 70, 75), "en");
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) english.getBody().get("errors")).extracting(e -> e.get("message"))
        .contains("The four weights add up to 95; they must add up to 100 (P-18).",
            "The qualified line (75) must be below the excellent line (70): the lines descend excellent > qualified > basically qualified (P-18).");
    assertThat(schemes.countByDistrictCode(code)).as("nothing written").isEqualTo(before);

    assertThat(post(stranger, "/api/districts/" + code + "/evaluation-schemes", body(20, 90, 75), null)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(post(official, "/api/districts/NOPE/evaluation-schemes", body(20, 90, 75), null)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> created = post(official, "/api/districts/" + code + "/evaluation-schemes",
        body(20, 90.25, 75), null);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    long id = ((Number) created.getBody().get("schemeId")).longValue();
    String instanceId = (String) created.getBody().get("processInstanceId");
    assertThat((String) created.getBody().get("businessKey")).startsWith("scheme-" + code + "-");

    // the district reads its own schemes only; others are refused
    ResponseEntity<List<Map<String, Object>>> own = asUser(official).exchange("/api/evaluation-schemes", HttpMethod.GET,
        null, LIST);
    assertThat(own.getBody()).isNotEmpty().allSatisfy(s -> assertThat(s.get("districtCode")).isEqualTo(code))
        .anySatisfy(s -> assertThat(s.get("id")).isEqualTo((int) id));
    assertThat(asUser(stranger).exchange("/api/evaluation-schemes", HttpMethod.GET, null, LIST).getBody())
        .noneSatisfy(s -> assertThat(s.get("districtCode")).isEqualTo(code));
    assertThat(asUser(city).exchange("/api/evaluation-schemes", HttpMethod.GET, null, LIST).getBody())
        .anySatisfy(s -> assertThat(s.get("id")).isEqualTo((int) id));
    assertThat(get(commissioner, "/api/evaluation-schemes").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(stranger, "/api/districts/" + code + "/evaluation-scheme").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the city's task over Camunda's REST, with its form; the district gets neither
    List<Map<String, Object>> tasks = asUser(city).exchange("/engine-rest/task?processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody();
    assertThat(tasks).extracting(t -> t.get("name")).containsExactly(REVIEW);
    String taskId = (String) tasks.get(0).get("id");
    assertThat(asUser(city).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getBody())
        .contains("\"evaluation-scheme-review\"");
    assertThat(asUser(official).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asUser(official).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
        json(Map.of("userId", official), null), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(asUser(city).exchange("/engine-rest/task/" + taskId + "/claim", HttpMethod.POST,
        json(Map.of("userId", city), null), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> approved = asUser(city).exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, json(Map.of("variables", Map.of(SCHEME_DECISION.name(), Map.of("value", APPROVE))), null),
        String.class);
    assertThat(approved.getStatusCode()).as("%s", approved.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    ResponseEntity<Map<String, Object>> inForce = get(official, "/api/districts/" + code + "/evaluation-scheme");
    assertThat(inForce.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(inForce.getBody()).containsEntry("id", (int) id).containsEntry("status", "APPROVED")
        .containsEntry("weightOrientation", 20);
    assertThat(new BigDecimal(inForce.getBody().get("excellentMin").toString())).isEqualByComparingTo("90.25");
    assertThat(get(city, "/api/districts/" + code + "/evaluation-scheme").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 the Tasklist start form: a district may start the process; a bad scheme is 400 with the sum named, a good one starts the case")
  void tasklistStartForm() {
    String code = "SZHTZ";
    String official = data.districtOfficial(code);
    assertThat(asUser(official).getForEntity("/engine-rest/process-definition/key/" + PROCESS + "/deployed-start-form",
        String.class).getBody()).contains("\"evaluation-scheme-start\"");
    Map<String, Object> variables = new HashMap<>();
    scheme(20, 20, 25, 30, 90, 75, 60, "宿州高新云计算有限公司").forEach((k, v) -> variables.put(k, Map.of("value", v)));
    ResponseEntity<Map<String, Object>> refused = post(official,
        "/engine-rest/process-definition/key/" + PROCESS + "/submit-form", Map.of("variables", variables), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message")).asString().contains("四项权重合计为 95，须为 100（P-18）");

    variables.put(WEIGHT_RESULTS.name(), Map.of("value", 35));
    ResponseEntity<Map<String, Object>> started = post(official,
        "/engine-rest/process-definition/key/" + PROCESS + "/submit-form", Map.of("variables", variables), null);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat((String) started.getBody().get("businessKey")).startsWith("scheme-" + code + "-");
  }
}
