package cn.suzhou.shuanglian.platform;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.CONSENT;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.EXPERTISE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.PHONE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REJECTION_REASON;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.RESIDENT_ID;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_FIELDS;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.support.ApiPages;
import cn.suzhou.shuanglian.support.TestData;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
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
 * The platform through REST, as integrators and Tasklist use it: authentication, authorization and
 * district isolation, the expert application end to end, bad input. Run on H2
 * ({@link RestOnH2Test}) and on MariaDB through Connector/J ({@link RestOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)  // Camunda REST finds "default" in a static registry
abstract class RestContract {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired ExpertMembershipRepository memberships;
  @Autowired HistoryService historyService;

  TestData data;
  String city;
  Commissioner applicant;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    city = data.cityOfficial();
    applicant = data.commissioner(data.sourceUnit());
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return new HttpEntity<>(body, headers);
  }

  Map<String, Object> validApplication() {
    return Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(), "title", "教授",
        "expertise", "新型建材、固废资源化利用", "reviewFields", List.of("NEW_MATERIALS", "EQUIPMENT"), "consent", true);
  }

  /** Start through Camunda's own REST, the way Tasklist's start form submits. */
  ResponseEntity<Map<String, Object>> submitStartForm(String user, Map<String, Object> values) {
    Map<String, Object> variables = new java.util.LinkedHashMap<>();
    values.forEach((k, v) -> variables.put(k, v instanceof List<?> list
        ? Map.of("value", toJson(list), "type", "Json") : Map.of("value", v)));
    return as(user).exchange("/engine-rest/process-definition/key/expertPoolApplication/submit-form", HttpMethod.POST,
        json(Map.of("variables", variables)), new ParameterizedTypeReference<>() {});
  }

  static String toJson(List<?> list) {
    return "[" + String.join(",", list.stream().map(o -> "\"" + o + "\"").toList()) + "]";
  }

  List<Map<String, Object>> tasks(String user, String processInstanceId) {
    ResponseEntity<List<Map<String, Object>>> response = as(user).exchange(
        "/engine-rest/task?processInstanceId=" + processInstanceId, HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  long expertInstances() {
    return historyService.createHistoricProcessInstanceQuery().processDefinitionKey("expertPoolApplication").count();
  }

  @Test
  @DisplayName("401 without or with wrong credentials, on /engine-rest and /api")
  void strangersAreRefused() {
    assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    ResponseEntity<String> api = rest.getForEntity("/api/districts", String.class);
    assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(api.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(api.getBody()).contains("\"status\":401").doesNotContain("Exception");
    assertThat(rest.withBasicAuth(city, "wrong#Pass2025").getForEntity("/engine-rest/task", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 a commissioner applies through submit-form, the city approves, the membership is recorded")
  void applyAndApprove() {
    ResponseEntity<Map<String, Object>> started = submitStartForm(applicant.getUserId(), validApplication());
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String instance = (String) started.getBody().get("id");

    List<Map<String, Object>> cityTasks = tasks(city, instance);
    assertThat(cityTasks).singleElement().satisfies(t -> assertThat(t.get("name")).isEqualTo("审核入库申请"));
    String taskId = (String) cityTasks.get(0).get("id");

    ResponseEntity<String> form = as(city).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class);
    assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(form.getBody()).contains("expert-application-review").contains("审核结论");

    ResponseEntity<String> completed = as(city).postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", "APPROVE")))), String.class);
    assertThat(completed.getStatusCode()).as(completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    assertThat(memberships.findByCommissionerId(applicant.getId())).get()
        .satisfies(m -> {
          assertThat(m.getApprovedBy()).isEqualTo(city);
          assertThat(m.getReviewFields()).isEqualTo("NEW_MATERIALS,EQUIPMENT");
          assertThat(m.getProcessInstanceId()).isEqualTo(instance);
        });
    assertThat(ApiPages.rows(as(applicant.getUserId()), "/api/expert-members"))
        .anySatisfy(m -> assertThat(m.get("name")).isEqualTo(applicant.getName()));
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 a rejection reaches the applicant with the reason")
  void rejectTellsApplicant() {
    ResponseEntity<Map<String, Object>> started = as(applicant.getUserId()).exchange("/api/expert-applications",
        HttpMethod.POST, json(validApplication()), new ParameterizedTypeReference<>() {});
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = (String) started.getBody().get("processInstanceId");
    assertThat(started.getBody().get("businessKey")).asString().startsWith("EXP-").endsWith("-" + applicant.getId());

    String taskId = (String) tasks(city, instance).get(0).get("id");
    ResponseEntity<String> noReason = as(city).postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", "REJECT")))), String.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody()).contains("rejectionReason");

    assertThat(as(city).postForEntity("/engine-rest/task/" + taskId + "/complete", json(Map.of("variables", Map.of(
        REVIEW_DECISION.name(), Map.of("value", "REJECT"), REJECTION_REASON.name(), Map.of("value", "评审领域与业绩不符")))),
        String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> mine = tasks(applicant.getUserId(), instance);
    assertThat(mine).singleElement().satisfies(t -> {
      assertThat(t.get("name")).isEqualTo("知悉不予入库原因");
      assertThat(t.get("assignee")).isEqualTo(applicant.getUserId());
    });
    ResponseEntity<Map<String, Object>> reason = as(applicant.getUserId()).exchange(
        "/engine-rest/task/" + mine.get(0).get("id") + "/variables/" + REJECTION_REASON.name(), HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(reason.getBody()).containsEntry("value", "评审领域与业绩不符");
    assertThat(memberships.findByCommissionerId(applicant.getId())).isEmpty();
  }

  @Test
  @DisplayName("a county official can neither see nor complete nor open the form of the city bureau's task")
  void countyCannotTouchCityTask() {
    String county = data.districtOfficial("341302");
    String instance = (String) submitStartForm(applicant.getUserId(), validApplication()).getBody().get("id");
    String taskId = (String) tasks(city, instance).get(0).get("id");

    assertThat(tasks(county, instance)).isEmpty();
    assertThat(as(county).getForEntity("/engine-rest/task/" + taskId, String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(county).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(county).postForEntity("/engine-rest/task/" + taskId + "/complete",
        json(Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", "APPROVE")))), String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(tasks(city, instance)).hasSize(1);
    assertThat(memberships.findByCommissionerId(applicant.getId())).isEmpty();
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 bad input (missing field, invalid ID, unknown commissioner) is 400 naming the field, nothing kept")
  void badInputLeavesNothing() {
    long before = expertInstances();

    Map<String, Object> missingTitle = new java.util.HashMap<>(validApplication());
    missingTitle.remove("title");
    ResponseEntity<String> missing = as(applicant.getUserId()).postForEntity("/engine-rest/process-definition/key/"
        + "expertPoolApplication/start", json(Map.of("variables", Map.of(RESIDENT_ID.name(), Map.of("value",
        applicant.getResidentId()), PHONE.name(), Map.of("value", applicant.getPhone()), EXPERTISE.name(),
        Map.of("value", "x"), REVIEW_FIELDS.name(), Map.of("value", "NEW_MATERIALS"), CONSENT.name(),
        Map.of("value", true)))), String.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).contains("\"field\":\"title\"").doesNotContain("at org.");

    Map<String, Object> badId = new java.util.HashMap<>(validApplication());
    badId.put("residentId", "341302198001010011");
    ResponseEntity<Map<String, Object>> invalidId = submitStartForm(applicant.getUserId(), badId);
    assertThat(invalidId.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(invalidId.getBody().toString()).contains("residentId");

    Map<String, Object> unknown = new java.util.HashMap<>(validApplication());
    unknown.put("commissionerId", 987654321L);
    ResponseEntity<Map<String, Object>> unknownCommissioner = as(city).exchange("/api/expert-applications",
        HttpMethod.POST, json(unknown), new ParameterizedTypeReference<>() {});
    assertThat(unknownCommissioner.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(unknownCommissioner.getBody().get("errors").toString()).contains("field=commissionerId");
    assertThat(unknownCommissioner.getBody().get("detail").toString()).contains("987654321");

    assertThat(expertInstances()).isEqualTo(before);
    assertThat(memberships.findByCommissionerId(applicant.getId())).isEmpty();
  }

  @Test
  @DisplayName("district isolation on /api: a district reads and adds only its own enterprises; phones masked for others")
  void districtIsolation() {
    String yongqiao = data.districtOfficial("341302");
    String dangshan = data.districtOfficial("341321");
    String code = cn.suzhou.shuanglian.support.TestIds.creditCode(
        "913413026" + Integer.toString(Math.abs(data.id("e").hashCode()) % 100_000_000 + 100_000_000).substring(1));
    Map<String, Object> enterprise = Map.of("creditCode", code, "name", "宿州测试企业" + code, "districtCode", "341302",
        "industryGroupCode", "NEW_MATERIALS", "scale", "SMALL", "contactName", "测试", "contactPhone", "13955700000");

    assertThat(as(dangshan).postForEntity("/api/enterprises", json(enterprise), String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(yongqiao).postForEntity("/api/enterprises", json(enterprise), String.class).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);
    assertThat(ApiPages.bodies(as(yongqiao), "/api/enterprises")).anySatisfy(page -> assertThat(page).contains(code));
    assertThat(ApiPages.bodies(as(dangshan), "/api/enterprises")).allSatisfy(page -> assertThat(page).doesNotContain(code));
    assertThat(ApiPages.bodies(as(city), "/api/enterprises"))
        .anySatisfy(page -> assertThat(page).contains(code).contains("13955700000"));

    ResponseEntity<String> commissioner = as(yongqiao).getForEntity("/api/commissioners/" + applicant.getId(), String.class);
    assertThat(commissioner.getBody()).doesNotContain(applicant.getResidentId()).doesNotContain(applicant.getPhone())
        .contains("\"personalDataMasked\":true");
    assertThat(as(applicant.getUserId()).getForEntity("/api/commissioners/" + applicant.getId(), String.class).getBody())
        .contains(applicant.getResidentId());
  }

  @Test
  @DisplayName("400 names the field and the rule for an invalid credit code, in the caller's language")
  void fieldNamedInCallersLanguage() {
    Map<String, Object> enterprise = Map.of("creditCode", "91341302MA2T000155", "name", "错误代码企业",
        "districtCode", "341302", "industryGroupCode", "NEW_MATERIALS", "scale", "SMALL");
    ResponseEntity<String> zh = as(city).postForEntity("/api/enterprises", json(enterprise), String.class);
    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(zh.getBody()).contains("creditCode").contains("统一社会信用代码");

    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.CONTENT_TYPE, "application/json");
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<String> en = as(city).exchange("/api/enterprises", HttpMethod.POST,
        new HttpEntity<>(enterprise, english), String.class);
    assertThat(en.getBody()).contains("creditCode").contains("unified social credit code");
  }

  @Test
  @DisplayName("length limits count characters: a contact name of 40 × 𠮷 passes the limit of 64, 65 × 𠮷 is refused naming the field")
  void lengthLimitsCountCharactersNotUtf16Units() {
    String code = cn.suzhou.shuanglian.support.TestIds.creditCode(
        "913413026" + Integer.toString(Math.abs(data.id("cp").hashCode()) % 100_000_000 + 100_000_000).substring(1));
    Map<String, Object> enterprise = Map.of("creditCode", code, "name", "宿州生僻字企业" + code, "districtCode", "341302",
        "industryGroupCode", "NEW_MATERIALS", "scale", "SMALL", "contactName", "𠮷".repeat(40));
    // Bean Validation lets 40 × 𠮷 through; H2 itself counts UTF-16 units in varchar(64) and answers 409,
    // MariaDB/MySQL count characters and store it (RestOnMariaDbTest#fortyJiStoredOnMariaDb)
    ResponseEntity<String> accepted = as(city).postForEntity("/api/enterprises", json(enterprise), String.class);
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isIn(HttpStatus.CREATED, HttpStatus.CONFLICT);

    Map<String, Object> tooLong = new java.util.HashMap<>(enterprise);
    tooLong.put("contactName", "𠮷".repeat(65));
    ResponseEntity<String> refused = as(city).postForEntity("/api/enterprises", json(tooLong), String.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).contains("contactName").contains("64");
  }

  @Test
  @DisplayName("the identity bootstrap is idempotent: running it again adds no group, grant or filter")
  void bootstrapIsIdempotent() {
    var authorizations = context.getBean(org.camunda.bpm.engine.AuthorizationService.class);
    var identity = context.getBean(org.camunda.bpm.engine.IdentityService.class);
    var filters = context.getBean(org.camunda.bpm.engine.FilterService.class);
    var bootstrap = context.getBean(cn.suzhou.shuanglian.access.IdentityBootstrap.class);
    bootstrap.synchronise();  // picks up the source units that tests added since start-up
    long grants = authorizations.createAuthorizationQuery().count();
    long groups = identity.createGroupQuery().count();
    long filterCount = filters.createFilterQuery().count();

    bootstrap.synchronise();

    assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    assertThat(identity.createGroupQuery().count()).isEqualTo(groups);
    assertThat(filters.createFilterQuery().count()).isEqualTo(filterCount);
    assertThat(filters.createFilterQuery().filterName("全部案件").count()).isEqualTo(1);
  }

  @Test
  @DisplayName("the OpenAPI document describes /api with HTTP Basic, and Swagger UI is served")
  void openApiDocument() {
    ResponseEntity<String> doc = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(doc.getBody()).contains("/api/expert-applications", "/api/enterprises", "/api/commissioners")
        .contains("\"scheme\":\"basic\"").doesNotContain("\"/engine-rest/");
    assertThat(rest.getForEntity("/swagger-ui/index.html", String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("the administrator from the configuration reads every group, user and task")
  void administratorSeesEverything() {
    String admin = context.getEnvironment().getProperty("shuanglian.admin.id");
    String password = context.getEnvironment().getProperty("shuanglian.admin.password");
    TestRestTemplate asAdmin = rest.withBasicAuth(admin, password);
    ResponseEntity<Map<String, Object>> groups = asAdmin.exchange("/engine-rest/group/count", HttpMethod.GET, null,
        new ParameterizedTypeReference<>() {});
    assertThat(((Number) groups.getBody().get("count")).longValue())
        .isEqualTo(context.getBean(org.camunda.bpm.engine.IdentityService.class).createGroupQuery().count());
    assertThat(asAdmin.getForEntity("/engine-rest/user/" + city + "/profile", String.class).getStatusCode())
        .isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("全部案件 is readable by the city bureau only; 我的待办 and 本部门待办 by everyone")
  void allCasesFilterOnlyForCity() {
    String county = data.districtOfficial("341321");
    ResponseEntity<String> cityFilters = as(city).getForEntity("/engine-rest/filter", String.class);
    ResponseEntity<String> countyFilters = as(county).getForEntity("/engine-rest/filter", String.class);
    assertThat(cityFilters.getBody()).contains("全部案件", "我的待办", "本部门待办");
    assertThat(countyFilters.getBody()).contains("我的待办", "本部门待办").doesNotContain("全部案件");
  }

  @Test
  @Tag("P-03")
  @DisplayName("P-03 groups of DESIGN §1 exist: city, 8 districts, 4 co-departments, commissioners, managers, admin")
  void groupsExist() {
    var identity = context.getBean(org.camunda.bpm.engine.IdentityService.class);
    for (String group : List.of(Groups.CITY, "district-341302", "district-341321", "district-341322", "district-341323",
        "district-341324", "district-SZETDZ", "district-SZHTZ", "district-SMPARK", "codept-org", "codept-edu",
        "codept-hrss", "codept-sasac", Groups.COMMISSIONERS, Groups.ENTERPRISES, Groups.PROCESS_MANAGERS, Groups.ADMIN)) {
      assertThat(identity.createGroupQuery().groupId(group).count()).as(group).isEqualTo(1);
    }
  }
}
