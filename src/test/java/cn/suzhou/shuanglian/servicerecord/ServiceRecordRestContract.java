package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.*;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * Service records over HTTP with real Basic authentication, as an integrator and Tasklist use them:
 * POST starts serviceRecord as the caller (201 with the record), the enterprise answers its task
 * over /engine-rest, GET shows each reader what P-14 lets them see, bad input is 400 naming every
 * field in Chinese or English, and nothing is written. On H2 ({@link ServiceRecordRestOnH2Test}) and
 * MariaDB ({@link ServiceRecordRestOnMariaDbTest}); "today" is 2025-06-15 in Suzhou.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ServiceRecordRestContract {

  static final String DISTRICT = "341302";
  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired ServiceRecordRepository records;

  TestData data;
  DispatchFixtures fixtures;
  SourceUnit unit;
  Commissioner commissioner;
  Enterprise served;
  Enterprise alsoServed;
  Dispatch dispatch;
  String path;

  @BeforeEach
  void fixtures() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 6, 15, 10, 0).atZone(EngineClock.ZONE).toInstant()));
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    unit = data.sourceUnit();
    commissioner = data.commissioner(unit);
    served = fixtures.enterprise(DISTRICT);
    alsoServed = fixtures.enterprise(DISTRICT);
    dispatch = fixtures.dispatch(commissioner, DISTRICT, LocalDate.of(2024, 9, 1), List.of(served, alsoServed));
    path = "/api/dispatches/" + dispatch.getId() + "/service-records";
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
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

  ResponseEntity<Map<String, Object>> post(String user, Object body, String language) {
    return as(user).exchange(path, HttpMethod.POST, json(body, language), OBJECT);
  }

  ResponseEntity<List<Map<String, Object>>> list(String user) {
    return as(user).exchange(path, HttpMethod.GET, null, LIST);
  }

  ResponseEntity<Map<String, Object>> refusedList(String user, String listPath) {
    return as(user).exchange(listPath, HttpMethod.GET, null, OBJECT);
  }

  static Map<String, Object> body(Enterprise enterprise, String start, String end, Object days, String summary) {
    Map<String, Object> body = new HashMap<>();
    body.put("serviceType", "COOPERATION");
    body.put("startDate", start);
    body.put("endDate", end);
    body.put("days", days);
    body.put("creditCode", enterprise.getCreditCode());
    body.put("summary", summary);
    return body;
  }

  static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  @Test
  @Tag("P-06") @Tag("P-09") @Tag("P-15")
  @DisplayName("P-15 POST logs a service as the commissioner (201, PENDING, Chinese type); the contact confirms over /engine-rest")
  void postLogsAndTheContactConfirms() {
    ResponseEntity<Map<String, Object>> created = post(commissioner.getUserId(),
        body(served, "2025-03-02", "2025-03-04", 3, "组织企业与高校团队洽谈联合研发新型墙材项目。"), null);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> record = created.getBody();
    assertThat(record).containsEntry("status", "PENDING").containsEntry("serviceYear", 1)
        .containsEntry("serviceType", "COOPERATION").containsEntry("serviceTypeLabel", "促成产学研合作")
        .containsEntry("days", 3).containsEntry("recordedBy", commissioner.getUserId())
        .containsEntry("creditCode", served.getCreditCode());
    String instanceId = (String) record.get("processInstanceId");
    assertThat(instanceId).isNotBlank();

    String contact = served.getContactUserId();
    List<Map<String, Object>> tasks = as(contact).exchange("/engine-rest/task?processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody();
    assertThat(tasks).extracting(t -> t.get("name")).containsExactly("服务单位确认");
    String taskId = (String) tasks.get(0).get("id");
    assertThat(as(contact).getForEntity("/engine-rest/task/" + taskId + "/deployed-form", String.class).getBody())
        .contains("service-record-confirm");
    assertThat(as(alsoServed.getContactUserId()).exchange("/engine-rest/task?processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody()).isEmpty();

    ResponseEntity<Map<String, Object>> noReason = as(contact).exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, json(Map.of("variables", Map.of(RECORD_DECISION.name(), Map.of("value", DISPUTE))), null), OBJECT);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noReason.getBody().toString()).contains(DISPUTE_REASON.name());

    ResponseEntity<String> completed = as(contact).exchange("/engine-rest/task/" + taskId + "/complete",
        HttpMethod.POST, json(Map.of("variables", Map.of(RECORD_DECISION.name(), Map.of("value", CONFIRM))), null),
        String.class);
    assertThat(completed.getStatusCode()).as("%s", completed.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(list(commissioner.getUserId()).getBody()).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("status", "CONFIRMED").containsEntry("answeredBy", contact));
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 GET: the city, the district, the source unit and the commissioner read all; an enterprise only its own; others 403; unknown 404")
  void readersSeeWhatP14LetsThemSee() {
    assertThat(post(commissioner.getUserId(), body(served, "2025-03-02", "2025-03-04", 3, "现场诊断窑炉能耗问题并提出改造方案。"), null)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String city = data.cityOfficial();
    assertThat(post(city, body(alsoServed, "2025-04-10", "2025-04-10", 1, "代专员登记：组织企业参加成果对接会。"), null)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);

    for (String reader : List.of(city, data.districtOfficial(DISTRICT), data.sourceUnitOfficial(unit),
        commissioner.getUserId(), data.user("manager", Groups.PROCESS_MANAGERS))) {
      ResponseEntity<List<Map<String, Object>>> all = list(reader);
      assertThat(all.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(all.getBody()).as(reader).hasSize(2);
    }
    assertThat(list(served.getContactUserId()).getBody()).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("creditCode", served.getCreditCode()));
    assertThat(list(alsoServed.getContactUserId()).getBody()).singleElement()
        .satisfies(r -> assertThat(r).containsEntry("creditCode", alsoServed.getCreditCode()));

    SourceUnit otherUnit = data.sourceUnit();
    for (String outsider : List.of(data.districtOfficial("341321"), data.sourceUnitOfficial(otherUnit),
        data.commissioner(otherUnit).getUserId(), fixtures.enterprise(DISTRICT).getContactUserId())) {
      ResponseEntity<Map<String, Object>> refused = refusedList(outsider, path);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("detail")).contains("派出单位", "P-14");
    }
    assertThat(refusedList(city, "/api/dispatches/987654321/service-records").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Tag("P-06") @Tag("P-09") @Tag("P-15")
  @DisplayName("P-15 bad input is 400 naming every field, in Chinese and with Accept-Language en in English; nothing is written")
  void badInputIsRefusedInBothLanguages() {
    long before = records.count();
    Map<String, Object> bad = body(served, "2025-03-02", "2025-03-04", 5, "太短");
    bad.put("creditCode", fixtures.enterprise(DISTRICT).getCreditCode());

    ResponseEntity<Map<String, Object>> chinese = post(commissioner.getUserId(), bad, null);
    assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(chinese)).extracting(e -> e.get("field")).containsExactlyInAnyOrder(DAYS.name(), CREDIT_CODE.name(), SUMMARY.name());
    assertThat(errors(chinese)).filteredOn(e -> e.get("field").equals(DAYS.name())).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("服务天数 5 天", "3 天"));
    assertThat(errors(chinese)).filteredOn(e -> e.get("field").equals(CREDIT_CODE.name())).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("专员未服务的企业"));

    ResponseEntity<Map<String, Object>> english = post(commissioner.getUserId(), bad, "en");
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(english)).filteredOn(e -> e.get("field").equals(DAYS.name())).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("5 days is more than the 3 calendar days"));
    assertThat(errors(english)).filteredOn(e -> e.get("field").equals(SUMMARY.name())).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("10–2000 characters"));

    ResponseEntity<Map<String, Object>> future = post(commissioner.getUserId(),
        body(served, "2025-06-14", "2025-06-16", 2, "组织企业与高校团队洽谈联合研发新型墙材项目。"), "en");
    assertThat(errors(future)).extracting(e -> e.get("field")).containsExactly(END_DATE.name());
    assertThat(records.count()).isEqualTo(before);
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 POST by another commissioner or a district official is 403; nothing is written")
  void onlyTheCommissionerOrTheCityLogs() {
    long before = records.count();
    Map<String, Object> valid = body(served, "2025-03-02", "2025-03-04", 3, "组织企业与高校团队洽谈联合研发新型墙材项目。");
    for (String outsider : List.of(data.commissioner(data.sourceUnit()).getUserId(), data.districtOfficial(DISTRICT))) {
      ResponseEntity<Map<String, Object>> refused = post(outsider, valid, null);
      assertThat(refused.getStatusCode()).as(outsider).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat((String) refused.getBody().get("detail")).contains("专员本人或市科技局");
    }
    assertThat(records.count()).isEqualTo(before);
  }
}
