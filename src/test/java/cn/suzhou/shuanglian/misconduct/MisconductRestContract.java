package cn.suzhou.shuanglian.misconduct;

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
 * Misconduct cases over HTTP with real Basic authentication: POST reports (201, REPORTED, the case's
 * first task for the district), bad input is 400 naming every field in Chinese or English with nothing
 * written, a district reports only its own dispatches, and GET shows each reader what P-14/P-17 let them
 * see — the reporter masked for the commissioner concerned and their source unit. On H2
 * ({@link MisconductRestOnH2Test}) and MariaDB ({@link MisconductRestOnMariaDbTest}); "today" is
 * 2025-06-15 in Suzhou.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class MisconductRestContract {

  static final String DISTRICT = "341302";
  static final String OTHER_DISTRICT = "341321";
  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired MisconductCaseRepository cases;

  TestData data;
  DispatchFixtures fixtures;
  SourceUnit unit;
  Commissioner commissioner;
  Enterprise served;
  Dispatch dispatch;
  Dispatch otherDispatch;
  String districtOfficial;
  String otherDistrictOfficial;

  @BeforeEach
  void fixtures() {
    ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(2025, 6, 15, 10, 0).atZone(EngineClock.ZONE).toInstant()));
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    unit = data.sourceUnit();
    commissioner = data.commissioner(unit);
    served = fixtures.enterprise(DISTRICT);
    dispatch = fixtures.dispatch(commissioner, DISTRICT, LocalDate.of(2024, 9, 1), List.of(served));
    otherDispatch = fixtures.dispatch(data.commissioner(data.sourceUnit()), OTHER_DISTRICT, LocalDate.of(2024, 9, 1),
        List.of(fixtures.enterprise(OTHER_DISTRICT)));
    districtOfficial = data.districtOfficial(DISTRICT);
    otherDistrictOfficial = data.districtOfficial(OTHER_DISTRICT);
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
    return as(user).exchange("/api/misconduct-cases", HttpMethod.POST, json(body, language), OBJECT);
  }

  List<Map<String, Object>> list(String user, String query) {
    return cn.suzhou.shuanglian.support.ApiPages.rows(as(user), "/api/misconduct-cases" + query);
  }

  static Map<String, Object> body(Dispatch d) {
    Map<String, Object> body = new HashMap<>();
    body.put("dispatchId", d.getId());
    body.put("category", "TRADE_SECRETS");
    body.put("facts", "专员将企业新型墙材配方的工艺参数透露给同行业另一家企业，造成企业损失。");
    body.put("occurredOn", "2025-05-20");
    body.put("evidence", "企业技术负责人证言、对方企业产品检测报告");
    return body;
  }

  static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  static Number id(Map<String, Object> view) {
    return (Number) view.get("id");
  }

  @Test
  @Tag("P-17") @Tag("P-14")
  @DisplayName("P-17 POST reports misconduct as the district (201, REPORTED, 违纪- number); the district's 调查核实 task opens with its form; by agreement number as well")
  void postReportsAndTheDistrictInvestigates() {
    ResponseEntity<Map<String, Object>> created = post(districtOfficial, body(dispatch), null);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> view = created.getBody();
    assertThat(view).containsEntry("status", "REPORTED").containsEntry("category", "TRADE_SECRETS")
        .containsEntry("categoryLabel", "保守企业秘密/泄密").containsEntry("reporterUserId", districtOfficial)
        .containsEntry("reporterRole", "DISTRICT").containsEntry("districtCode", DISTRICT)
        .containsEntry("caseNumber", "违纪-" + dispatch.getId() + "-" + id(view));
    String instanceId = (String) view.get("processInstanceId");
    List<Map<String, Object>> tasks = as(districtOfficial).exchange("/engine-rest/task?processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody();
    assertThat(tasks).extracting(t -> t.get("name")).containsExactly("调查核实");
    assertThat(as(districtOfficial).getForEntity("/engine-rest/task/" + tasks.get(0).get("id") + "/deployed-form",
        String.class).getBody()).contains("misconduct-investigate");
    assertThat(as(otherDistrictOfficial).exchange("/engine-rest/task?processInstanceId=" + instanceId,
        HttpMethod.GET, null, LIST).getBody()).isEmpty();

    Map<String, Object> byNumber = body(dispatch);
    byNumber.remove("dispatchId");
    byNumber.put("agreementNo", dispatch.getAgreement().getAgreementNo());
    ResponseEntity<Map<String, Object>> enterprise = post(served.getContactUserId(), byNumber, null);
    assertThat(enterprise.getStatusCode()).as("%s", enterprise.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(enterprise.getBody()).containsEntry("reporterRole", "ENTERPRISE");
  }

  @Test
  @Tag("P-17")
  @DisplayName("P-17 bad input is 400 naming every field, in Chinese and with Accept-Language en in English; nothing is written")
  void badInputIsRefusedInBothLanguages() {
    long before = cases.count();
    Map<String, Object> bad = body(dispatch);
    bad.put("category", "BRIBERY");
    bad.put("facts", "泄密");
    bad.put("occurredOn", "2025-06-20");
    bad.put("evidence", " ");

    ResponseEntity<Map<String, Object>> chinese = post(districtOfficial, bad, null);
    assertThat(chinese.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(chinese)).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("category", "facts",
            MisconductContract.OCCURRED_ON.name(), MisconductContract.EVIDENCE.name());
    assertThat(errors(chinese)).filteredOn(e -> e.get("field").equals(MisconductContract.OCCURRED_ON.name())).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("2025-06-20", "晚于今天"));
    assertThat(errors(chinese)).filteredOn(e -> e.get("field").equals("facts")).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("20–4000 字"));

    ResponseEntity<Map<String, Object>> english = post(districtOfficial, bad, "en");
    assertThat(english.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(english)).filteredOn(e -> e.get("field").equals("category")).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("BRIBERY", "is not one of P-17"));
    assertThat(errors(english)).filteredOn(e -> e.get("field").equals(MisconductContract.OCCURRED_ON.name())).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("is after today (2025-06-15)"));

    Map<String, Object> unknown = body(dispatch);
    unknown.remove("dispatchId");
    unknown.put("agreementNo", "没有这份协议");
    assertThat(errors(post(districtOfficial, unknown, "en"))).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", MisconductContract.AGREEMENT_NO.name()));
    assertThat(cases.count()).isEqualTo(before);
  }

  @Test
  @Tag("P-17") @Tag("P-14")
  @DisplayName("P-14/P-17 a district cannot report another district's dispatch (400 naming it) nor see its cases (absent from its list, 404); a commissioner may not report")
  void aDistrictStaysInsideItsOwnDistrict() {
    long before = cases.count();
    ResponseEntity<Map<String, Object>> refused = post(otherDistrictOfficial, body(dispatch), null);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).singleElement()
        .satisfies(e -> assertThat(e).containsEntry("field", MisconductContract.DISPATCH_ID.name()))
        .satisfies(e -> assertThat((String) e.get("message")).contains("P-14"));
    assertThat(post(commissioner.getUserId(), body(otherDispatch), null).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(cases.count()).isEqualTo(before);

    Number own = id(post(districtOfficial, body(dispatch), null).getBody());
    assertThat(list(otherDistrictOfficial, "")).extracting(c -> c.get("id")).doesNotContain(own);
    assertThat(as(otherDistrictOfficial).exchange("/api/misconduct-cases/" + own, HttpMethod.GET, null, OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as(districtOfficial).exchange("/api/misconduct-cases/" + own, HttpMethod.GET, null, OBJECT)
        .getBody()).containsEntry("status", "REPORTED");
  }

  @Test
  @Tag("P-17") @Tag("P-14")
  @DisplayName("P-17 GET: the city reads all (filter by district and status), a district its own, the source unit its staff's, the enterprise what it reported, the commissioner their own without the reporter")
  void readersSeeWhatTheyMaySee() {
    Number byDistrict = id(post(districtOfficial, body(dispatch), null).getBody());
    Number byEnterprise = id(post(served.getContactUserId(), body(dispatch), null).getBody());
    Number elsewhere = id(post(otherDistrictOfficial, body(otherDispatch), null).getBody());

    String city = data.cityOfficial();
    assertThat(list(city, "")).extracting(c -> c.get("id")).contains(byDistrict, byEnterprise, elsewhere);
    assertThat(list(city, "?district=" + OTHER_DISTRICT)).extracting(c -> c.get("id"))
        .contains(elsewhere).doesNotContain(byDistrict, byEnterprise);
    assertThat(list(city, "?status=DISMISSED")).extracting(c -> c.get("id"))
        .doesNotContain(byDistrict, byEnterprise, elsewhere);
    assertThat(as(city).exchange("/api/misconduct-cases?status=NONSENSE", HttpMethod.GET, null, OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(list(data.user("manager", Groups.PROCESS_MANAGERS), "")).extracting(c -> c.get("id"))
        .contains(byDistrict, byEnterprise, elsewhere);

    assertThat(list(districtOfficial, "")).extracting(c -> c.get("id"))
        .contains(byDistrict, byEnterprise).doesNotContain(elsewhere);
    assertThat(list(districtOfficial, "")).filteredOn(c -> c.get("id").equals(byEnterprise)).singleElement()
        .satisfies(c -> assertThat(c).containsEntry("reporterUserId", served.getContactUserId()));

    assertThat(list(served.getContactUserId(), "")).extracting(c -> c.get("id")).containsExactly(byEnterprise);
    assertThat(list(fixtures.enterprise(DISTRICT).getContactUserId(), "")).isEmpty();

    for (String masked : List.of(commissioner.getUserId(), data.sourceUnitOfficial(unit))) {
      List<Map<String, Object>> seen = list(masked, "");
      assertThat(seen).as(masked).extracting(c -> c.get("id")).containsExactlyInAnyOrder(byDistrict, byEnterprise);
      assertThat(seen).as(masked).allSatisfy(c -> assertThat(c).containsEntry("reporterUserId", null)
          .containsEntry("reporterRole", null).containsEntry("reporterMasked", true));
      assertThat(as(masked).exchange("/api/misconduct-cases/" + byEnterprise, HttpMethod.GET, null, OBJECT).getBody())
          .containsEntry("reporterUserId", null).containsEntry("facts", body(dispatch).get("facts"));
    }
    assertThat(list(data.commissioner(data.sourceUnit()).getUserId(), "")).isEmpty();
    assertThat(as(city).exchange("/api/misconduct-cases/987654321", HttpMethod.GET, null, OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }
}
