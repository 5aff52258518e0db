package cn.suzhou.shuanglian.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Dispatches over HTTP with real Basic authentication: each party of P-14 reads what it manages —
 * the district its own, the source unit its own staff's, the commissioner their own, an enterprise
 * contact the dispatches serving it — subsidies (P-05) and concurrent posts (P-16) are recorded by
 * who may, bad input is 400 naming every field in Chinese or English and nothing is written, and a
 * round's agreements are readable per district. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class DispatchRestContract {

  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired SubsidyRepository subsidies;

  TestData data;
  SourceUnit unit;
  Commissioner commissioner;
  Enterprise served;
  Dispatch dispatch;
  Dispatch elsewhere;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    unit = data.sourceUnit();
    commissioner = data.commissioner(unit);
    served = fixtures.enterprise("341302");
    dispatch = fixtures.dispatch(commissioner, "341302", LocalDate.now().minusMonths(2), List.of(served));
    elsewhere = fixtures.dispatch(data.commissioner(data.sourceUnit()), "341321", LocalDate.now().minusMonths(2),
        List.of(fixtures.enterprise("341321")));
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

  List<Long> listed(String user) {
    return cn.suzhou.shuanglian.support.ApiPages.ids(as(user), "/api/dispatches");
  }

  HttpStatus detail(String user, Dispatch d) {
    return HttpStatus.valueOf(as(user).exchange("/api/dispatches/" + d.getId(), HttpMethod.GET, null, OBJECT)
        .getStatusCode().value());
  }

  @Test
  @Tag("P-14") @Tag("P-18")
  @DisplayName("P-14 each party reads only the dispatches it manages: the district, the source unit (its own staff), the commissioner, the enterprise served; the city all")
  void isolation() {
    String district = data.districtOfficial("341302");
    String otherDistrict = data.districtOfficial("341321");
    String sourceUnit = data.sourceUnitOfficial(unit);
    String otherUnit = data.sourceUnitOfficial(data.sourceUnit());
    String city = data.cityOfficial();

    assertThat(listed(city)).contains(dispatch.getId(), elsewhere.getId());
    assertThat(listed(district)).contains(dispatch.getId()).doesNotContain(elsewhere.getId());
    assertThat(listed(sourceUnit)).containsExactly(dispatch.getId());
    assertThat(listed(otherUnit)).isEmpty();
    assertThat(listed(commissioner.getUserId())).containsExactly(dispatch.getId());
    assertThat(listed(served.getContactUserId())).containsExactly(dispatch.getId());

    assertThat(detail(district, dispatch)).isEqualTo(HttpStatus.OK);
    assertThat(detail(sourceUnit, dispatch)).isEqualTo(HttpStatus.OK);
    assertThat(detail(otherDistrict, dispatch)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(detail(otherUnit, dispatch)).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> refused = as(otherDistrict)
        .exchange("/api/dispatches/" + dispatch.getId(), HttpMethod.GET, null, OBJECT);
    assertThat((String) refused.getBody().get("detail")).contains("埇桥区").contains("P-14");

    int year = dispatch.getAgreement().getRound().getRoundYear();
    ResponseEntity<List<Map<String, Object>>> agreements = as(otherDistrict)
        .exchange("/api/rounds/" + year + "/agreements", HttpMethod.GET, null, LIST);
    assertThat(agreements.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(agreements.getBody()).isEmpty();
    assertThat(as(district).exchange("/api/rounds/" + year + "/agreements", HttpMethod.GET, null, LIST).getBody())
        .singleElement().satisfies(a -> assertThat(a.get("status")).isEqualTo("SIGNED"));
    assertThat(as(sourceUnit).exchange("/api/rounds/" + year + "/agreements", HttpMethod.GET, null, OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @Tag("P-05") @Tag("P-16")
  @DisplayName("P-05/P-16 the district records a subsidy and a concurrent post; bad input names every field in Chinese and English and writes nothing; another district is refused")
  void subsidiesAndPosts() {
    String district = data.districtOfficial("341302");
    String subsidiesPath = "/api/dispatches/" + dispatch.getId() + "/subsidies";
    Map<String, Object> bad = new HashMap<>();
    bad.put("amount", -5);
    bad.put("paidOn", LocalDate.now().plusDays(10).toString());
    bad.put("purpose", "");
    long before = subsidies.count();
    ResponseEntity<Map<String, Object>> zh = as(district).exchange(subsidiesPath, HttpMethod.POST, json(bad, null), OBJECT);
    assertThat(zh.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> errors = (List<Map<String, Object>>) zh.getBody().get("errors");
    assertThat(errors).extracting(e -> e.get("field")).containsExactly("amount", "purpose", "paidOn");
    assertThat((String) errors.get(0).get("message")).contains("补助金额").contains("P-05");
    ResponseEntity<Map<String, Object>> en = as(district).exchange(subsidiesPath, HttpMethod.POST, json(bad, "en"), OBJECT);
    assertThat(en.getBody().toString()).contains("Amount").doesNotContain("补助金额");
    assertThat(subsidies.count()).isEqualTo(before);

    Map<String, Object> subsidy = Map.of("amount", 12000, "paidOn", LocalDate.now().toString(), "purpose", "工作经费补助");
    assertThat(as(data.districtOfficial("341321")).exchange(subsidiesPath, HttpMethod.POST, json(subsidy, null), OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(commissioner.getUserId()).exchange(subsidiesPath, HttpMethod.POST, json(subsidy, null), OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(district).exchange(subsidiesPath, HttpMethod.POST, json(subsidy, null), OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.CREATED);

    Map<String, Object> post = Map.of("organisation", served.getName(), "postType", "DIRECTOR", "postTitle", "技术总监",
        "startDate", LocalDate.now().toString());
    assertThat(as(commissioner.getUserId()).exchange("/api/dispatches/" + dispatch.getId() + "/posts", HttpMethod.POST,
        json(post, null), OBJECT).getStatusCode()).isEqualTo(HttpStatus.CREATED);
    Map<String, Object> badPost = Map.of("organisation", served.getName(), "postType", "CEO", "postTitle", "总经理",
        "startDate", LocalDate.now().minusYears(1).toString());
    ResponseEntity<Map<String, Object>> refusedPost = as(district).exchange("/api/dispatches/" + dispatch.getId()
        + "/posts", HttpMethod.POST, json(badPost, null), OBJECT);
    assertThat(refusedPost.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refusedPost.getBody().toString()).contains("postType").contains("startDate");

    Map<String, Object> detail = as(data.sourceUnitOfficial(unit))
        .exchange("/api/dispatches/" + dispatch.getId(), HttpMethod.GET, null, OBJECT).getBody();
    assertThat((List<?>) detail.get("subsidies")).hasSize(1);
    assertThat((List<?>) detail.get("posts")).hasSize(1);
    assertThat(detail.get("dispatch").toString()).contains("341302").contains(commissioner.getName());
  }
}
