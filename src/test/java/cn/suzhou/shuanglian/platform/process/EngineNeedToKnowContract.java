package cn.suzhou.shuanglian.platform.process;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.APPLICANT_NAME;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.APPLICANT_USER_ID;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.CONSENT;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.EXPERTISE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.PHONE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.PROCESS_KEY;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.RESIDENT_ID;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_FIELDS;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.TITLE;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.support.TestData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Need-to-know on the engine's read side and on the webapps' path: personal data never readable
 * through the engine (history, variables), metrics and Cockpit's plugin API for process managers,
 * e-mail addresses for process managers and the user themself; and the trust boundary holds on the
 * webapps' engine API (what Tasklist calls) as on /engine-rest.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class EngineNeedToKnowContract {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired org.camunda.bpm.engine.RuntimeService runtimeService;
  @Autowired org.camunda.bpm.engine.RepositoryService repositoryService;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
  @Autowired cn.suzhou.shuanglian.platform.process.boundary.PersonalDataScrubber scrubber;
  @Autowired cn.suzhou.shuanglian.platform.process.boundary.PersonalDataInHistory.PersonalFields personalFields;

  TestData data;
  String manager;
  String city;

  @BeforeEach
  void users() {
    data = new TestData(context);
    manager = data.user("pm", Groups.PROCESS_MANAGERS);
    city = data.cityOfficial();
  }

  @Test
  @DisplayName("P-14: a resident ID and phone typed into a start form are nowhere in the engine — history, details, variables — for any reader")
  void noPersonalDataInTheEngine() {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(RESIDENT_ID.name(), Map.of("value", applicant.getResidentId()));
    variables.put(PHONE.name(), Map.of("value", applicant.getPhone()));
    variables.put(TITLE.name(), Map.of("value", "教授"));
    variables.put(EXPERTISE.name(), Map.of("value", "新型建材"));
    variables.put(REVIEW_FIELDS.name(), Map.of("value", "[\"NEW_MATERIALS\"]", "type", "Json"));
    variables.put(CONSENT.name(), Map.of("value", true));
    ResponseEntity<Map> started = as(applicant.getUserId()).exchange(
        "/engine-rest/process-definition/key/" + PROCESS_KEY + "/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables)), Map.class);
    assertThat(started.getStatusCode().value()).as(String.valueOf(started.getBody())).isEqualTo(200);
    String instance = (String) started.getBody().get("id");
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();

    for (String reader : List.of(manager, city)) {
      for (String path : List.of("/engine-rest/history/variable-instance?processInstanceId=" + instance,
          "/engine-rest/history/detail?processInstanceId=" + instance,
          "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
          "/engine-rest/task/" + review.getId() + "/variables",
          "/engine-rest/task/" + review.getId() + "/form-variables")) {
        ResponseEntity<String> read = as(reader).getForEntity(path, String.class);
        assertThat(read.getBody()).as(reader + " " + path)
            .doesNotContain(applicant.getResidentId()).doesNotContain(applicant.getPhone());
      }
    }
    ResponseEntity<String> history = as(manager).getForEntity(
        "/engine-rest/history/variable-instance?processInstanceId=" + instance, String.class);
    assertThat(history.getBody()).doesNotContain(applicant.getResidentId().substring(6, 14));
  }

  @Test
  @DisplayName("P-14: on a database with cases from before the masking, the one-off scrub masks resident IDs and phones in runtime and history tables")
  void scrubMasksOldCases() {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    // a case of a probe process (deployed and removed here) holding the personal variables
    String deployment = repositoryService.createDeployment().addModelInstance("scrubProbe.bpmn",
        org.camunda.bpm.model.bpmn.Bpmn.createExecutableProcess("scrubProbe").camundaHistoryTimeToLive(1)
            .startEvent().userTask("wait").endEvent().done()).deploy().getId();
    String instance = runtimeService.startProcessInstanceByKey("scrubProbe").getId();
    runtimeService.setVariable(instance, RESIDENT_ID.name(), "masked-on-write");
    runtimeService.setVariable(instance, PHONE.name(), "masked-on-write");
    // what an earlier version wrote: the full values, in runtime and history
    for (String table : List.of("ACT_RU_VARIABLE", "ACT_HI_VARINST", "ACT_HI_DETAIL")) {
      String column = "PROC_INST_ID_";
      jdbc.update("update " + table + " set TEXT_ = ? where " + column + " = ? and NAME_ = ?",
          applicant.getResidentId(), instance, RESIDENT_ID.name());
      jdbc.update("update " + table + " set TEXT_ = ? where " + column + " = ? and NAME_ = ?",
          applicant.getPhone(), instance, PHONE.name());
    }
    assertThat(as(manager).getForEntity("/engine-rest/history/variable-instance?processInstanceId=" + instance,
        String.class).getBody()).contains(applicant.getResidentId());

    int masked = scrubber.scrub(personalFields.rules());

    assertThat(masked).isGreaterThanOrEqualTo(6);
    for (String path : List.of("/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/detail?processInstanceId=" + instance,
        "/engine-rest/variable-instance?processInstanceIdIn=" + instance)) {
      assertThat(as(manager).getForEntity(path, String.class).getBody()).as(path)
          .doesNotContain(applicant.getResidentId()).doesNotContain(applicant.getPhone())
          .contains(applicant.getResidentId().substring(0, 6) + "********")
          .contains(applicant.getPhone().substring(0, 3) + "****");
    }
    assertThat(scrubber.scrub(personalFields.rules())).as("a second run finds nothing").isZero();
    repositoryService.deleteDeployment(deployment, true, true);
  }

  @Test
  @DisplayName("engine metrics: process managers read them; a commissioner, a district official and the city get 403")
  void metricsForProcessManagersOnly() {
    String path = "/engine-rest/metrics/activity-instance-start/sum";
    assertThat(as(manager).getForEntity(path, String.class).getStatusCode().value()).isEqualTo(200);
    for (String reader : List.of(city, data.districtOfficial("341302"), data.user("c", Groups.COMMISSIONERS))) {
      ResponseEntity<String> refused = as(reader).getForEntity(path, String.class);
      assertThat(refused.getStatusCode().value()).as(reader).isEqualTo(403);
      assertThat(refused.getBody()).contains("流程管理员");
    }
  }

  @Test
  @DisplayName("Cockpit's plugin API (statistics over every case): process managers only, 403 problem+json for Tasklist users")
  void cockpitPluginForProcessManagersOnly() {
    String path = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    WebappSession pm = WebappSession.login(rest, "cockpit", manager, TestData.PASSWORD);
    assertThat(pm.exchange(path, HttpMethod.GET, null).getStatusCode().value()).isEqualTo(200);
    WebappSession official = WebappSession.login(rest, "tasklist", data.districtOfficial("341302"), TestData.PASSWORD);
    ResponseEntity<String> refused = official.exchange(path, HttpMethod.GET, null);
    assertThat(refused.getStatusCode().value()).isEqualTo(403);
    assertThat(refused.getHeaders().getContentType().toString()).contains("problem+json");
    assertThat(refused.getBody()).contains("流程管理员");
  }

  @Test
  @DisplayName("users' e-mail addresses: process managers and the user themself see them, other readers do not")
  void emailsNeedToKnow() {
    String person = data.user("mail", Groups.COMMISSIONERS);
    User user = identityService.createUserQuery().userId(person).singleResult();
    user.setEmail(person + "@ahszu.edu.cn");
    identityService.saveUser(user);
    String path = "/engine-rest/user?id=" + person;
    assertThat(as(manager).getForEntity(path, String.class).getBody()).contains(person + "@ahszu.edu.cn");
    assertThat(as(person).getForEntity("/engine-rest/user/" + person + "/profile", String.class).getBody())
        .contains(person + "@ahszu.edu.cn");
    assertThat(as(city).getForEntity(path, String.class).getBody()).contains(person).doesNotContain("@ahszu.edu.cn");
    assertThat(as(city).getForEntity("/engine-rest/user/" + person + "/profile", String.class).getBody())
        .doesNotContain("@ahszu.edu.cn");
  }

  @Test
  @DisplayName("the webapps' engine API (Tasklist's path) is held like /engine-rest: undeclared fields 400, variable writes 403")
  void webappPathIsHeld() {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put(RESIDENT_ID.name(), Map.of("value", applicant.getResidentId()));
    variables.put(PHONE.name(), Map.of("value", applicant.getPhone()));
    variables.put(TITLE.name(), Map.of("value", "教授"));
    variables.put(EXPERTISE.name(), Map.of("value", "新型建材"));
    variables.put(REVIEW_FIELDS.name(), Map.of("value", "[\"NEW_MATERIALS\"]", "type", "Json"));
    variables.put(CONSENT.name(), Map.of("value", true));
    WebappSession commissioner = WebappSession.login(rest, "tasklist", applicant.getUserId(), TestData.PASSWORD);
    String engine = "/camunda/api/engine/engine/default";
    Map<String, Object> forgedStart = new LinkedHashMap<>(variables);
    forgedStart.put("initiatorUserId", Map.of("value", "someone.else"));
    ResponseEntity<String> refusedStart = commissioner.exchange(engine + "/process-definition/key/" + PROCESS_KEY
        + "/submit-form", HttpMethod.POST, Map.of("variables", forgedStart));
    assertThat(refusedStart.getStatusCode().value()).as(refusedStart.getHeaders() + " " + refusedStart.getBody()).isEqualTo(400);
    assertThat(refusedStart.getBody()).contains("initiatorUserId").contains("不是此表单的字段");

    ResponseEntity<String> started = commissioner.exchange(engine + "/process-definition/key/" + PROCESS_KEY
        + "/submit-form", HttpMethod.POST, Map.of("variables", variables));
    assertThat(started.getStatusCode().value()).as(started.getBody()).isEqualTo(200);
    String instance = started.getBody().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1");
    Task review = taskService.createTaskQuery().processInstanceId(instance).singleResult();
    WebappSession official = WebappSession.login(rest, "tasklist", city, TestData.PASSWORD);
    String task = engine + "/task/" + review.getId();
    assertThat(official.exchange(task + "/claim", HttpMethod.POST, Map.of("userId", city)).getStatusCode().value())
        .isEqualTo(204);
    ResponseEntity<String> extra = official.exchange(task + "/submit-form", HttpMethod.POST,
        Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", "APPROVE"),
            APPLICANT_USER_ID.name(), Map.of("value", city))));
    assertThat(extra.getStatusCode().value()).isEqualTo(400);
    assertThat(extra.getBody()).contains("applicantUserId");
    assertThat(official.exchange(task + "/variables/" + APPLICANT_NAME.name(), HttpMethod.PUT,
        Map.of("value", "赵磊", "type", "String")).getStatusCode().value()).isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(review.getId()).count()).isEqualTo(1);
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
    return new HttpEntity<>(body, headers);
  }
}
