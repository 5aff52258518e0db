package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.APPROVE;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.RETURN;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REVIEW_COMMENT;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SERVICE_UNITS;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.COLLECTION_DEADLINE;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.ROUND_YEAR;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.SUPPLY_BY_INDUSTRY;
import static cn.suzhou.shuanglian.round.SelectionRoundContract.SUPPLY_DEMAND_CONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.demand.DemandCollectionContract;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.matching.MatchingContract;
import cn.suzhou.shuanglian.nomination.NominationContract;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.support.DemandRows;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
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
 * The selection round purely over REST, as an integrator drives it: Camunda's /engine-rest for the
 * processes and tasks, /api for the lists; district isolation; bad input with clear messages and
 * nothing half-written. The job executor is off and the test runs the round's continuations, so
 * the steps are deterministic. On H2 ({@link RoundRestOnH2Test}) and MariaDB ({@link RoundRestOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class RoundRestContract {

  private static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  private static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired ManagementService managementService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired DistrictRepository districts;

  TestData data;
  String city;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    city = data.cityOfficial();
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  static HttpEntity<Object> json(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    return new HttpEntity<>(body, headers);
  }

  static HttpEntity<Object> jsonInEnglish(Object body) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    return new HttpEntity<>(body, headers);
  }

  ResponseEntity<Map<String, Object>> post(String user, String path, Object body) {
    return as(user).exchange(path, HttpMethod.POST, json(body), OBJECT);
  }

  ResponseEntity<List<Map<String, Object>>> postList(String user, String path, Object body) {
    return as(user).exchange(path, HttpMethod.POST, json(body), LIST);
  }

  ResponseEntity<Map<String, Object>> get(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, OBJECT);
  }

  ResponseEntity<List<Map<String, Object>>> getList(String user, String path) {
    return as(user).exchange(path, HttpMethod.GET, null, LIST);
  }

  static Map<String, Object> startBody(Object year, String deadline) {
    return Map.of("variables", Map.of(ROUND_YEAR.name(), Map.of("value", year, "type", "Integer"),
        COLLECTION_DEADLINE.name(), Map.of("value", deadline, "type", "String")));
  }

  ResponseEntity<Map<String, Object>> startRound(String user, int year) {
    return post(user, "/engine-rest/process-definition/key/" + SelectionRoundContract.PROCESS_KEY + "/start",
        startBody(year, Rounds.deadlineInDays(30)));
  }

  /** The single open task of a case the user can see, by name. */
  Map<String, Object> task(String user, String businessKey, String name) {
    List<Map<String, Object>> tasks = getList(user, "/engine-rest/task?processInstanceBusinessKey=" + businessKey).getBody();
    assertThat(tasks).as("tasks of %s for %s", businessKey, user).extracting(t -> t.get("name")).containsExactly(name);
    return tasks.get(0);
  }

  void claimAndComplete(String user, Map<String, Object> task, Map<String, Object> variables) {
    String id = (String) task.get("id");
    assertThat(as(user).exchange("/engine-rest/task/" + id + "/claim", HttpMethod.POST,
        json(Map.of("userId", user)), String.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    ResponseEntity<String> completed = as(user).exchange("/engine-rest/task/" + id + "/complete", HttpMethod.POST,
        json(Map.of("variables", variables)), String.class);
    assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  static Map<String, Object> value(Object value) {
    Map<String, Object> typed = new HashMap<>();
    typed.put("value", value);
    return typed;
  }

  /** The district lists its service unit and demand through /api and completes its two tasks. */
  void districtSubmits(int year, String code, String officer, String creditCode) {
    String key = year + "-" + code;
    Map<String, Object> screening = task(officer, key, "服务单位筛选");
    if (creditCode != null) {
      assertThat(postList(officer, "/api/rounds/" + year + "/districts/" + code + "/service-units",
          List.of(DemandRows.serviceUnit(creditCode, "宿州接口测试企业" + creditCode))).getStatusCode())
          .isEqualTo(HttpStatus.CREATED);
    }
    claimAndComplete(officer, screening, Map.of());
    Map<String, Object> collecting = task(officer, key, "技术需求征集");
    if (creditCode != null) {
      assertThat(postList(officer, "/api/rounds/" + year + "/districts/" + code + "/demands",
          List.of(DemandRows.demand(creditCode, "工艺优化" + code))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    }
    claimAndComplete(officer, collecting, Map.of());
  }

  @Test
  @Tag("P-01") @Tag("P-04") @Tag("P-10") @Tag("P-12")
  @DisplayName("P-01/P-04/P-12 a whole round over REST: start, 8 districts list and submit, one returned and resubmitted, comparison, review")
  void wholeRoundOverRest() {
    int year = Rounds.freshYear(rounds);
    ResponseEntity<Map<String, Object>> started = startRound(city, year);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    assertThat(started.getBody().get("businessKey")).isEqualTo(String.valueOf(year));
    String roundInstance = (String) started.getBody().get("id");

    Map<String, Object> round = get(city, "/api/rounds/" + year).getBody();
    assertThat(round.get("status")).isEqualTo("COLLECTING");
    assertThat((List<?>) round.get("districts")).hasSize(8);

    List<District> active = districts.findByActiveTrueOrderBySortOrder();
    String first = active.get(0).getCode();
    for (District district : active) {
      String code = district.getCode();
      String officer = data.districtOfficial(code);
      districtSubmits(year, code, officer, data.creditCode());
      Map<String, Object> review = task(city, year + "-" + code, "市科技局审定");
      if (code.equals(first)) {
        claimAndComplete(city, review, Map.of(REVIEW_DECISION.name(), value(RETURN),
            REVIEW_COMMENT.name(), value("请补充骨干企业需求")));
        Map<String, Object> collection = get(officer, "/api/rounds/" + year + "/districts/" + code).getBody();
        assertThat(collection.get("status")).isEqualTo("RETURNED");
        assertThat((List<Map<String, Object>>) collection.get("reviews")).singleElement()
            .satisfies(r -> assertThat(r.get("comment")).isEqualTo("请补充骨干企业需求"));
        // the district adds a second demand of its service unit and resubmits
        String unit = (String) getList(officer, "/api/rounds/" + year + "/districts/" + code + "/service-units")
            .getBody().get(0).get("creditCode");
        claimAndComplete(officer, task(officer, year + "-" + code, "服务单位筛选"), Map.of());
        assertThat(postList(officer, "/api/rounds/" + year + "/districts/" + code + "/demands",
            List.of(DemandRows.demand(unit, "骨干企业智能产线改造"))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        claimAndComplete(officer, task(officer, year + "-" + code, "技术需求征集"), Map.of());
        review = task(city, year + "-" + code, "市科技局审定");
      }
      claimAndComplete(city, review, Map.of(REVIEW_DECISION.name(), value(APPROVE)));
      Rounds.executeJobs(managementService, roundInstance);
    }

    ResponseEntity<Map<String, Object>> summary = get(city, "/api/rounds/" + year + "/supply-demand");
    assertThat(summary.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat((List<Map<String, Object>>) summary.getBody().get("byDistrict")).hasSize(8)
        .filteredOn(line -> line.get("districtCode").equals(first)).singleElement()
        .satisfies(line -> assertThat(line.get("demandCount")).isEqualTo(2));
    assertThat((List<Map<String, Object>>) summary.getBody().get("byIndustry"))
        .filteredOn(line -> line.get("industryGroupCode").equals("NEW_MATERIALS")).singleElement()
        .satisfies(line -> assertThat(line.get("demandCount")).isEqualTo(9));

    Map<String, Object> reviewSummary = task(city, String.valueOf(year), "审阅供需比对结果");
    String taskId = (String) reviewSummary.get("id");
    assertThat(as(city).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getBody())
        .contains("selection-round-supply-demand");
    Map<String, Object> variables = get(city, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false")
        .getBody();
    assertThat((Map<String, Object>) variables.get(SUPPLY_BY_INDUSTRY.name())).containsEntry("type", "Json");
    claimAndComplete(city, reviewSummary, Map.of(SUPPLY_DEMAND_CONFIRMED.name(), value(true)));
    assertThat(get(city, "/api/rounds/" + year).getBody().get("status")).as("nomination follows").isEqualTo("NOMINATING");
  }

  @Test
  @DisplayName("the OpenAPI document describes the round and demand-collection endpoints")
  void openApiDescribesTheEndpoints() {
    String document = as(city).getForEntity("/v3/api-docs", String.class).getBody();
    assertThat(document).contains("/api/rounds/{year}/supply-demand",
        "/api/rounds/{year}/districts/{districtCode}/service-units",
        "/api/rounds/{year}/districts/{districtCode}/demands", "ServiceUnitRow", "DemandRow",
        "/api/rounds/{year}/nomination", "/api/rounds/{year}/matches");
  }

  List<Map<String, Object>> jsonRows(String user, String taskId, String variable) throws Exception {
    Map<String, Object> variables = get(user, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false")
        .getBody();
    Map<String, Object> typed = (Map<String, Object>) variables.get(variable);
    assertThat(typed).as("variable %s of task %s", variable, taskId).containsEntry("type", "Json");
    return new com.fasterxml.jackson.databind.ObjectMapper().readValue((String) typed.get("value"),
        new com.fasterxml.jackson.core.type.TypeReference<>() {});
  }

  static Map<String, Object> jsonValue(Object rows) throws Exception {
    return Map.of("value", new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(rows), "type", "Json");
  }

  @Test
  @Tag("P-01") @Tag("P-02") @Tag("P-03") @Tag("P-08") @Tag("P-11") @Tag("P-12")
  @DisplayName("P-01/P-02/P-03/P-08/P-11 nomination and matching over REST: list, releases, countersign, confirmations; a district left with 3 is refused by name; final pairs readable per district")
  void nominationAndMatchingOverRest() throws Exception {
    List<cn.suzhou.shuanglian.sourceunit.SourceUnit> units = List.of(data.sourceUnit(), data.sourceUnit());
    Map<String, String> unitOfficials = new HashMap<>();
    units.forEach(u -> unitOfficials.put(u.getCode(), data.sourceUnitOfficial(u)));
    List<String> groups = List.of("NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD", "DIGITAL");
    List<Long> pool = new java.util.ArrayList<>();
    for (int i = 0; i < 32; i++) {
      pool.add(data.commissioner(units.get(i % 2), groups.get(i % 4)).getId());
    }
    int year = Rounds.freshYear(rounds);
    new cn.suzhou.shuanglian.support.RoundDriver(context, data).roundReadyForNomination(year, groups);
    String nominationKey = year + "-nomination";

    Map<String, Object> draft = task(city, nominationKey, "拟定初步名单");
    assertThat(jsonRows(city, (String) draft.get("id"), NominationContract.NOMINEES.name())).isNotEmpty();
    List<Map<String, Object>> list = pool.stream().map(id -> Map.<String, Object>of("commissionerId", id,
        "conditionsAttested", true)).toList();
    claimAndComplete(city, draft, Map.of(NominationContract.NOMINEES.name(), jsonValue(list)));

    for (var unit : units) {
      String official = unitOfficials.get(unit.getCode());
      Map<String, Object> release = task(official, nominationKey, "派出单位同意选派");
      List<Map<String, Object>> staff =
          jsonRows(official, (String) release.get("id"), NominationContract.RELEASES.name());
      assertThat(staff).hasSize(16);
      staff.forEach(row -> row.put("decision", "RELEASE"));
      claimAndComplete(official, release, Map.of(NominationContract.RELEASES.name(), jsonValue(staff)));
    }
    for (String department : List.of("codept-org", "codept-edu", "codept-hrss", "codept-sasac")) {
      String signer = data.user("codept", department);
      claimAndComplete(signer, task(signer, nominationKey, "会签初步名单"),
          Map.of(NominationContract.COUNTERSIGN_DECISION.name(), value("AGREE")));
    }
    Map<String, Object> nomination = get(city, "/api/rounds/" + year + "/nomination").getBody();
    assertThat(nomination.get("status")).isEqualTo("FINAL");
    assertThat((List<Map<String, Object>>) nomination.get("nominees")).hasSize(32)
        .allSatisfy(n -> assertThat(n.get("releaseStatus")).isEqualTo("RELEASED"));
    assertThat((List<?>) nomination.get("countersigns")).hasSize(4);
    String firstUnit = units.get(0).getCode();
    assertThat((List<Map<String, Object>>) get(unitOfficials.get(firstUnit), "/api/rounds/" + year + "/nomination")
        .getBody().get("nominees")).hasSize(16).allSatisfy(n -> assertThat(n.get("sourceUnitCode")).isEqualTo(firstUnit));

    String matchingKey = year + "-matching";
    for (District district : districts.findByActiveTrueOrderBySortOrder()) {
      String officer = data.districtOfficial(district.getCode());
      Map<String, Object> confirm = task(officer, matchingKey, "确认匹配结果");
      assertThat(jsonRows(officer, (String) confirm.get("id"), MatchingContract.DISTRICT_MATCHES.name())).hasSize(4);
      claimAndComplete(officer, confirm, district.getCode().equals("341302")
          ? Map.of(MatchingContract.CONFIRMATION_DECISION.name(), value("REQUEST_CHANGE"),
              MatchingContract.CONFIRMATION_COMMENT.name(), value("希望增加轴承方向专家"))
          : Map.of(MatchingContract.CONFIRMATION_DECISION.name(), value("CONFIRM")));
    }

    Map<String, Object> finalise = task(city, matchingKey, "确定匹配方案");
    String finaliseId = (String) finalise.get("id");
    List<Map<String, Object>> proposal = jsonRows(city, finaliseId, MatchingContract.MATCHES.name());
    assertThat(proposal).hasSize(32);
    List<Map<String, Object>> moved = proposal.stream().map(r -> (Map<String, Object>) new HashMap<>(r)).toList();
    String from = (String) moved.get(0).get("districtCode");
    moved.get(0).put("districtCode", from.equals("341302") ? "341321" : "341302");
    as(city).exchange("/engine-rest/task/" + finaliseId + "/claim", HttpMethod.POST, json(Map.of("userId", city)),
        String.class);
    ResponseEntity<Map<String, Object>> refused = post(city, "/engine-rest/task/" + finaliseId + "/complete",
        Map.of("variables", Map.of(MatchingContract.MATCHES.name(), jsonValue(moved))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String fromName = districts.findById(from).orElseThrow().getName();
    assertThat((String) refused.getBody().get("message")).contains(fromName).contains("P-02");
    ResponseEntity<String> accepted = as(city).exchange("/engine-rest/task/" + finaliseId + "/complete",
        HttpMethod.POST, json(Map.of("variables", Map.of(MatchingContract.MATCHES.name(),
            jsonValue(proposal)))), String.class);
    assertThat(accepted.getStatusCode()).as("%s", accepted.getBody()).isEqualTo(HttpStatus.NO_CONTENT);

    List<Map<String, Object>> pairs = getList(city, "/api/rounds/" + year + "/matches").getBody();
    assertThat(pairs).hasSize(32).allSatisfy(p -> {
      assertThat(p.get("status")).isEqualTo("FINAL");
      assertThat((String) p.get("explanation")).isNotBlank();
      assertThat((List<?>) p.get("serviceUnits")).isNotEmpty();
    });
    String yongqiao = data.districtOfficial("341302");
    assertThat(getList(yongqiao, "/api/rounds/" + year + "/matches").getBody()).hasSize(4)
        .allSatisfy(p -> assertThat(p.get("districtCode")).isEqualTo("341302"));
    assertThat(as(unitOfficials.get(firstUnit)).getForEntity("/api/rounds/" + year + "/matches", String.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(get(city, "/api/rounds/" + year).getBody().get("status")).isEqualTo("SIGNING");
  }

  @Test
  @Tag("P-10") @Tag("P-12")
  @DisplayName("P-10/P-12 district isolation: a district neither reads nor writes another district's service units, demands or tasks")
  void districtsAreIsolated() throws Exception {
    int year = Rounds.freshYear(rounds);
    assertThat(startRound(city, year).getStatusCode()).isEqualTo(HttpStatus.OK);
    String yongqiao = data.districtOfficial("341302");
    String dangshan = data.districtOfficial("341321");
    String manager = data.user("manager", Groups.PROCESS_MANAGERS);
    String base = "/api/rounds/" + year + "/districts/";
    String ownCode = data.creditCode();
    assertThat(postList(yongqiao, base + "341302/service-units",
        List.of(DemandRows.serviceUnit(ownCode, "埇桥新型建材有限公司"))).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(postList(yongqiao, base + "341302/demands", List.of(DemandRows.demand(ownCode, "墙材减重")))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    // another district's records: refused, reading and writing
    assertThat(as(dangshan).getForEntity(base + "341302/service-units", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(dangshan).getForEntity(base + "341302/demands", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(dangshan).getForEntity(base + "341302", String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> write = as(dangshan).exchange(base + "341302/service-units", HttpMethod.POST,
        json(List.of(DemandRows.serviceUnit(data.creditCode(), "越权写入企业"))), String.class);
    assertThat(write.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(write.getBody()).contains("埇桥区");
    assertThat(getList(dangshan, "/api/rounds/" + year + "/demands").getBody())
        .noneSatisfy(d -> assertThat(d.get("districtCode")).isEqualTo("341302"));
    assertThat((List<Map<String, Object>>) get(dangshan, "/api/rounds/" + year).getBody().get("districts"))
        .extracting(d -> d.get("districtCode")).containsExactly("341321");
    assertThat(as(dangshan).getForEntity("/api/rounds/" + year + "/supply-demand", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // another district's tasks: invisible, and cannot be completed
    Map<String, Object> yongqiaoTask = task(yongqiao, year + "-341302", "服务单位筛选");
    assertThat(getList(dangshan, "/engine-rest/task?processInstanceBusinessKey=" + year + "-341302").getBody()).isEmpty();
    assertThat(as(dangshan).getForEntity("/engine-rest/task/" + yongqiaoTask.get("id"), String.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(dangshan).exchange("/engine-rest/task/" + yongqiaoTask.get("id") + "/complete", HttpMethod.POST,
        json(Map.of()), String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(getList(dangshan, "/engine-rest/task").getBody())
        .allSatisfy(t -> assertThat(String.valueOf(t.get("name"))).isNotEqualTo("市科技局审定"))
        .noneSatisfy(t -> assertThat(t.get("id")).isEqualTo(yongqiaoTask.get("id")));

    // the district reads its own case's variables (its filter columns), not another district's
    String ownInstance = (String) yongqiaoTask.get("processInstanceId");
    assertThat(get(yongqiao, "/engine-rest/process-instance/" + ownInstance + "/variables/"
        + DemandCollectionContract.CASE_TITLE.name()).getBody())
        .containsEntry("value", year + "年需求征集：埇桥区");
    assertThat(as(dangshan).getForEntity("/engine-rest/process-instance/" + ownInstance + "/variables", String.class)
        .getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
    assertThat(getList(dangshan, "/engine-rest/process-instance?businessKey=" + year + "-341302").getBody()).isEmpty();

    // the district's own records are there; a process manager reads them with the phone masked
    assertThat(getList(yongqiao, base + "341302/service-units").getBody()).singleElement()
        .satisfies(u -> assertThat(u.get("contactPhone")).isEqualTo("13955710001"));
    assertThat(getList(manager, base + "341302/service-units").getBody()).singleElement()
        .satisfies(u -> assertThat(u.get("contactPhone")).isEqualTo("139****0001"));
    // the engine holds the list the district's task shows with the phone masked (P-14)
    assertThat(jsonRows(yongqiao, (String) yongqiaoTask.get("id"), SERVICE_UNITS.name())).singleElement()
        .satisfies(u -> assertThat(u.get("contactPhone")).isEqualTo("139****0001"));
  }

  @Test
  @Tag("P-01") @Tag("P-10") @Tag("P-12")
  @DisplayName("P-01/P-10/P-12 bad input over REST: a wrong or taken year, no consent, an invalid credit code → 400 naming the field; nothing written")
  void badInputIsRefusedWithClearMessages() {
    int year = Rounds.freshYear(rounds);
    ResponseEntity<Map<String, Object>> notRoundYear = startRound(city, year - 1);
    assertThat(notRoundYear.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) notRoundYear.getBody().get("errors")).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("roundYear");
      assertThat((String) e.get("message")).contains("不是选派年度");
    });
    ResponseEntity<String> english = as(city).exchange("/engine-rest/process-definition/key/"
        + SelectionRoundContract.PROCESS_KEY + "/start",
        HttpMethod.POST, jsonInEnglish(startBody(year - 1, Rounds.deadlineInDays(30))), String.class);
    assertThat(english.getBody()).contains("is not a round year");
    assertThat(get(city, "/api/rounds/" + (year - 1)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    String district = data.districtOfficial("341324");
    assertThat(startRound(district, year).getStatusCode())
        .as("only the city bureau opens rounds: to a district the definition is not even visible")
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(startRound(city, year).getStatusCode()).isEqualTo(HttpStatus.OK);
    ResponseEntity<Map<String, Object>> twice = startRound(city, year);
    assertThat(twice.getStatusCode()).as("the year's place is taken: a rule conflict").isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) twice.getBody().get("type")).isEqualTo("urn:shuanglian:problem:rule-conflict");
    assertThat((String) twice.getBody().get("detail")).contains("已经开启");

    String base = "/api/rounds/" + year + "/districts/341324/";
    String code = data.creditCode();
    ResponseEntity<Map<String, Object>> noConsent = post(district, base + "service-units",
        List.of(DemandRows.serviceUnit(code, "泗县纺织服装有限公司"),
            DemandRows.withoutConsent(DemandRows.serviceUnit(data.creditCode(), "泗县光伏组件有限公司"))));
    assertThat(noConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) noConsent.getBody().get("errors")).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("serviceUnits[1].consent");
      assertThat((String) e.get("message")).contains("第 2 行").contains("不搞行政命令");
    });
    assertThat(getList(district, base + "service-units").getBody()).as("nothing half-written").isEmpty();

    assertThat(postList(district, base + "service-units", List.of(DemandRows.serviceUnit(code, "泗县纺织服装有限公司")))
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    ResponseEntity<Map<String, Object>> badCode = post(district, base + "demands",
        List.of(DemandRows.demand(code, "面料染整节能"), DemandRows.demand("91341324MA2T00015Y", "光伏背板国产化")));
    assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, Object>>) badCode.getBody().get("errors")).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("demands[1].creditCode");
      assertThat((String) e.get("message")).contains("统一社会信用代码");
    });
    assertThat(getList(district, base + "demands").getBody()).isEmpty();

    // the same rule on the task: a list without consent submitted with the completion
    Map<String, Object> screening = task(district, year + "-341324", "服务单位筛选");
    as(district).exchange("/engine-rest/task/" + screening.get("id") + "/claim", HttpMethod.POST,
        json(Map.of("userId", district)), String.class);
    String colleague = data.districtOfficial("341324");
    ResponseEntity<Map<String, Object>> whileClaimed = post(colleague, base + "service-units",
        List.of(DemandRows.serviceUnit(data.creditCode(), "泗县另一家企业")));
    assertThat(whileClaimed.getStatusCode()).as("someone holds the task in Tasklist").isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) whileClaimed.getBody().get("detail")).contains(district).contains("认领");
    String list = "[" + new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(
        DemandRows.withoutConsent(DemandRows.serviceUnit(code, "泗县纺织服装有限公司"))) + "]";
    ResponseEntity<Map<String, Object>> refused = post(district, "/engine-rest/task/" + screening.get("id") + "/complete",
        Map.of("variables", Map.of(SERVICE_UNITS.name(), Map.of("value", list, "type", "Json"))));
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("不搞行政命令");
    assertThat(getList(district, base + "service-units").getBody()).singleElement()
        .satisfies(u -> assertThat(u.get("consent")).isEqualTo(true));
  }
}
