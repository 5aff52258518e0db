package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.support.TestData;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * expertPoolApplication with the real delegates, engine authorizations and database (P-20): the
 * application is an {@code expert_application} row that the review and the membership read by the
 * case; who applies is the authenticated user; the resident ID and phone are checked against the
 * commissioner information database and leave the case; one application under review per person,
 * held by the database when two filings race, refused as a rule (409 on {@code /api}). On H2
 * ({@link ExpertApplicationOnH2Test}) and MariaDB ({@link ExpertApplicationOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)  // Camunda REST finds "default" in a static registry
abstract class ExpertApplicationProcessChecks {

  /** A variable an attacker sends that the process used to trust (camunda:initiator): it must be ignored. */
  static final String FORGED_INITIATOR = "initiatorUserId";

  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired IdentityService identityService;
  @Autowired ExpertApplicationRepository applications;
  @Autowired ExpertMembershipRepository memberships;
  @Autowired ExpertApplicationService service;
  @Autowired ExpertApplicationContract contract;
  @Autowired TestRestTemplate rest;

  TestData data;
  String city;
  Commissioner applicant;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    city = data.cityOfficial();
    applicant = data.commissioner(data.sourceUnit());
  }

  @AfterEach
  void clearAuthentication() {
    identityService.clearAuthentication();
  }

  /** An application as the start form submits it, with the commissioner's own resident ID and phone. */
  static VariableMap application(Commissioner who) {
    VariableMap variables = RESIDENT_ID.map(who.getResidentId());
    PHONE.in(variables, who.getPhone());
    TITLE.in(variables, "教授");
    EXPERTISE.in(variables, "新型建材、固废资源化利用");
    REVIEW_FIELDS.in(variables, List.of("NEW_MATERIALS", "EQUIPMENT"));
    ACHIEVEMENTS.in(variables, "主持省级重点研发项目两项。");
    CONSENT.in(variables, true);
    return variables;
  }

  ProcessInstance startAs(String userId, List<String> groups, Map<String, Object> variables) {
    identityService.setAuthentication(userId, groups);
    try {
      return runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }

  ProcessInstance applyAsCommissioner(Commissioner who) {
    return startAs(who.getUserId(), List.of(Groups.COMMISSIONERS), application(who));
  }

  void completeAs(String userId, List<String> groups, Task task, Map<String, Object> variables) {
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

  ExpertApplication applicationOf(ProcessInstance instance) {
    return applications.findByProcessInstanceId(instance.getId()).orElseThrow();
  }

  long instances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).count();
  }

  static ProcessRuleViolation.Problem problemOf(ProcessRuleViolation violation, Var<?> field) {
    return violation.problems().stream().filter(p -> p.field().equals(field.name())).findFirst().orElseThrow(
        () -> new AssertionError("no problem with " + field + " in " + violation.problems()));
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 the start writes the application; ID and phone leave the case; the review and the membership read the row")
  void applyReviewAdmitFromTheRow() {
    ProcessInstance instance = applyAsCommissioner(applicant);

    ExpertApplication filed = applicationOf(instance);
    assertThat(filed.getStatus()).isEqualTo(ExpertApplicationStatus.PENDING);
    assertThat(filed.getPendingCommissionerId()).isEqualTo(applicant.getId());
    assertThat(filed.getFiledBy()).isEqualTo(applicant.getUserId());
    assertThat(filed.getReviewFields()).isEqualTo("NEW_MATERIALS,EQUIPMENT");
    assertThat(instance.getBusinessKey()).startsWith("EXP-").endsWith("-" + applicant.getId());
    Map<String, Object> variables = runtimeService.getVariables(instance.getId());
    assertThat(variables).doesNotContainKeys(RESIDENT_ID.name(), PHONE.name(), FORGED_INITIATOR)
        .containsEntry(APPLICANT_USER_ID.name(), applicant.getUserId())
        .containsEntry(COMMISSIONER_ID.name(), applicant.getId());
    assertThat(variables.get(REVIEW_FIELDS_TEXT.name())).asString().contains("、");

    Task review = task(instance);
    assertThat(review.getTaskDefinitionKey()).isEqualTo(REVIEW_TASK);
    VariableMap approval = REVIEW_DECISION.map(APPROVE);
    TITLE.in(approval, "院士");  // a read-only field sent back changed: the membership keeps the application's
    completeAs(city, List.of(Groups.CITY), review, approval);

    ExpertApplication decided = applications.findById(filed.getId()).orElseThrow();
    assertThat(decided.getStatus()).isEqualTo(ExpertApplicationStatus.APPROVED);
    assertThat(decided.getReviewerUserId()).isEqualTo(city);
    assertThat(decided.getDecidedAt()).isNotNull();
    assertThat(decided.getPendingCommissionerId()).isNull();
    assertThat(memberships.findByCommissionerId(applicant.getId())).get().satisfies(m -> {
      assertThat(m.getTitle()).isEqualTo("教授");
      assertThat(m.getApprovedBy()).isEqualTo(city);
      assertThat(m.getReviewFields()).isEqualTo("NEW_MATERIALS,EQUIPMENT");
      assertThat(m.getProcessInstanceId()).isEqualTo(instance.getId());
    });
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count()).isZero();
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 who applies is the authenticated user: a forged initiatorUserId files nothing in another's name")
  void applicantIsTheAuthenticatedUser() {
    Commissioner other = data.commissioner(data.sourceUnit());
    long before = instances();

    VariableMap borrowed = Variables.createVariables().putValue(FORGED_INITIATOR, applicant.getUserId());
    borrowed.putAll(application(applicant));
    assertThatThrownBy(() -> startAs(other.getUserId(), List.of(Groups.COMMISSIONERS), borrowed))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, v -> {
          assertThat(problemOf(v, RESIDENT_ID).message()).contains("不一致");
          assertThat(problemOf(v, PHONE).message()).contains("不一致");
        });
    String stranger = data.user("notindb", Groups.COMMISSIONERS);
    assertThatThrownBy(() -> startAs(stranger, List.of(Groups.COMMISSIONERS), borrowed))
        .isInstanceOfSatisfying(ProcessRuleViolation.class,
            v -> assertThat(problemOf(v, COMMISSIONER_ID).message()).contains(stranger, "不在"));
    VariableMap naming = COMMISSIONER_ID.in(application(applicant), applicant.getId());
    assertThatThrownBy(() -> startAs(other.getUserId(), List.of(Groups.COMMISSIONERS), naming))
        .isInstanceOfSatisfying(ProcessRuleViolation.class,
            v -> assertThat(problemOf(v, COMMISSIONER_ID).message()).contains("只能为本人申请"));
    assertThat(instances()).isEqualTo(before);
    assertThat(applications.findByPendingCommissionerId(applicant.getId())).isEmpty();

    ProcessInstance filedByCity = startAs(city, List.of(Groups.CITY), naming);
    assertThat(applicationOf(filedByCity).getCommissioner().getId()).isEqualTo(applicant.getId());
    assertThat(applicationOf(filedByCity).getFiledBy()).isEqualTo(city);
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 the resident ID and the phone must be the commissioner's own, each named when not")
  void residentIdAndPhoneMatchTheDatabase() {
    VariableMap wrong = application(applicant);
    PHONE.in(wrong, "13900000000");
    assertThatThrownBy(() -> startAs(applicant.getUserId(), List.of(Groups.COMMISSIONERS), wrong))
        .isInstanceOfSatisfying(ProcessRuleViolation.class, v -> {
          assertThat(v.problems()).extracting(ProcessRuleViolation.Problem::field).containsExactly(PHONE.name());
          assertThat(v.getMessage()).contains("手机号码").doesNotContain("13900000000");
        });
    assertThat(applications.findByPendingCommissionerId(applicant.getId())).isEmpty();
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 one application under review per person; a rejection frees the place; a deleted case does not block")
  void oneApplicationUnderReview() {
    ProcessInstance first = applyAsCommissioner(applicant);
    assertThatThrownBy(() -> applyAsCommissioner(applicant))
        .isInstanceOfSatisfying(ProcessRuleConflict.class,
            v -> assertThat(problemOf(v, COMMISSIONER_ID).message()).contains(applicant.getName(), "正在审核"));

    completeAs(city, List.of(Groups.CITY), task(first), REJECTION_REASON.in(REVIEW_DECISION.map(REJECT), "业绩材料不足"));
    assertThat(applicationOf(first).getStatus()).isEqualTo(ExpertApplicationStatus.REJECTED);
    assertThat(applicationOf(first).getRejectionReason()).isEqualTo("业绩材料不足");
    Task notice = task(first);
    assertThat(notice.getTaskDefinitionKey()).isEqualTo(REJECTION_TASK);
    assertThat(notice.getAssignee()).isEqualTo(applicant.getUserId());

    ProcessInstance second = applyAsCommissioner(applicant);
    runtimeService.deleteProcessInstance(second.getId(), "withdrawn in Cockpit");
    ProcessInstance third = applyAsCommissioner(applicant);
    assertThat(applicationOf(second).getStatus()).isEqualTo(ExpertApplicationStatus.CANCELLED);
    assertThat(applicationOf(third).getStatus()).isEqualTo(ExpertApplicationStatus.PENDING);
    assertThat(memberships.findByCommissionerId(applicant.getId())).isEmpty();
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 a filing that loses the race to the unique key is refused as a rule (ProcessRuleConflict), not a database error")
  void raceOnThePendingKeyIsARuleRefusal() {
    String lostCase = data.id("case");
    applications.saveAndFlush(new ExpertApplication(applicant, data.id("case"), "教授", "新型建材", "NEW_MATERIALS",
        null, applicant.getUserId(), Instant.now()));
    ExpertApplication late = new ExpertApplication(applicant, lostCase, "教授", "新型建材", "NEW_MATERIALS",
        null, applicant.getUserId(), Instant.now());
    assertThatThrownBy(() -> service.holdPlace(late)).isInstanceOfSatisfying(ProcessRuleConflict.class,
        v -> assertThat(problemOf(v, COMMISSIONER_ID).message()).contains(applicant.getName()));
    assertThat(applications.findByProcessInstanceId(lostCase)).isEmpty();
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 nobody reviews their own application, even holding the city's group")
  void noReviewOfOwnApplication() {
    ProcessInstance instance = applyAsCommissioner(applicant);
    assertThat(contract.excludedWorkers(instance.getId(), REVIEW_TASK)).containsExactly(applicant.getUserId());
    assertThat(contract.excludedWorkers(instance.getId(), REJECTION_TASK)).isEmpty();

    assertThatThrownBy(() -> completeAs(applicant.getUserId(), List.of(Groups.CITY, Groups.COMMISSIONERS),
        task(instance), REVIEW_DECISION.map(APPROVE)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e)).get()
            .satisfies(v -> assertThat(v.getMessage()).contains("不能审核本人")));
    assertThat(applicationOf(instance).getStatus()).isEqualTo(ExpertApplicationStatus.PENDING);
    assertThat(memberships.findByCommissionerId(applicant.getId())).isEmpty();
  }

  // ---- over HTTP, as integrators call it

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return new HttpEntity<>(body, headers);
  }

  /** The application in Camunda's REST format ({"name": {"value": …, "type": …}}). */
  static Map<String, Object> engineRestVariables(Map<String, Object> variables) {
    Map<String, Object> body = new LinkedHashMap<>();
    variables.forEach((name, value) -> body.put(name, value instanceof List<?> list
        ? Map.of("value", "[\"" + String.join("\",\"", list.stream().map(String::valueOf).toList()) + "\"]",
            "type", "Json")
        : Map.of("value", value)));
    return body;
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 over /engine-rest a forged initiatorUserId files nothing in another's name (400); over /api a second application is 409")
  void overHttp() {
    Commissioner other = data.commissioner(data.sourceUnit());
    Map<String, Object> forged = new LinkedHashMap<>();
    forged.put(FORGED_INITIATOR, applicant.getUserId());
    forged.put(RESIDENT_ID.name(), applicant.getResidentId());
    forged.put(PHONE.name(), applicant.getPhone());
    forged.put(TITLE.name(), "教授");
    forged.put(EXPERTISE.name(), "新型建材");
    forged.put(REVIEW_FIELDS.name(), List.of("NEW_MATERIALS"));
    forged.put(CONSENT.name(), true);
    long before = instances();
    ResponseEntity<String> refused = as(other.getUserId()).postForEntity(
        "/engine-rest/process-definition/key/" + PROCESS_KEY + "/start",
        json(Map.of("variables", engineRestVariables(forged))), String.class);
    assertThat(refused.getStatusCode()).as(refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    // refused at the engine's door: initiatorUserId is no field of the start (the trust boundary)
    assertThat(refused.getBody()).contains(FORGED_INITIATOR).doesNotContain(applicant.getResidentId());
    assertThat(instances()).isEqualTo(before);

    Map<String, Object> request = Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(),
        "title", "教授", "expertise", "新型建材", "reviewFields", List.of("NEW_MATERIALS"), "consent", true);
    ResponseEntity<Map<String, Object>> created = as(applicant.getUserId()).exchange("/api/expert-applications",
        HttpMethod.POST, json(request), new ParameterizedTypeReference<>() {});
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map<String, Object>> again = as(applicant.getUserId()).exchange("/api/expert-applications",
        HttpMethod.POST, json(request), new ParameterizedTypeReference<>() {});
    assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(again.getBody().get("errors").toString()).contains(COMMISSIONER_ID.name());
  }
}
