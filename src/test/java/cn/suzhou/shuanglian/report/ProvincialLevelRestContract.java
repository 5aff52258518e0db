package cn.suzhou.shuanglian.report;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.nomination.Nomination;
import cn.suzhou.shuanglian.nomination.NominationRepository;
import cn.suzhou.shuanglian.nomination.Nominee;
import cn.suzhou.shuanglian.nomination.NomineeRepository;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import cn.suzhou.shuanglian.support.TestIds;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
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
 * P-13 over HTTP with real Basic authentication: the information database shows and takes each
 * commissioner's level (a bad one is a 400 naming the field); the lists that serve as reports —
 * commissioners, dispatches, a round's nomination, matches and agreements — filter by {@code level}
 * and show it on every item (a bad value is a 400 naming the parameter, in Chinese or English); and
 * the per-district, per-level report counts a round's matches, signed agreements and running
 * dispatches, a district seeing only its own. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ProvincialLevelRestContract {

  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired CommissionerRepository commissioners;
  @Autowired RoundMatchRepository matches;
  @Autowired NominationRepository nominations;
  @Autowired NomineeRepository nominees;

  TestData data;
  DispatchFixtures fixtures;
  String city;

  /** One round over 埇桥区 and 砀山县 with provincial and city-level commissioners at every stage. */
  SelectionRound round;
  Commissioner provincialYongqiao;
  Commissioner municipalYongqiao;
  Commissioner provincialDangshan;
  Commissioner provincialMatchedOnly;
  Commissioner municipalDeclined;
  Dispatch provincialDispatch;
  Dispatch municipalDispatch;
  Dispatch dangshanDispatch;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    city = data.cityOfficial();
    SourceUnit unit = data.sourceUnit();
    LocalDate start = LocalDate.now().minusMonths(1);
    round = fixtures.signedRound(List.of("341302", "341321"), start);
    provincialYongqiao = data.commissioner(unit, "NEW_MATERIALS", CommissionerLevel.PROVINCIAL);
    municipalYongqiao = data.commissioner(unit, "DIGITAL", CommissionerLevel.MUNICIPAL);
    provincialDangshan = data.commissioner(unit, "AGRI_FOOD", CommissionerLevel.PROVINCIAL);
    provincialMatchedOnly = data.commissioner(unit, "EQUIPMENT", CommissionerLevel.PROVINCIAL);
    municipalDeclined = data.commissioner(unit, "EQUIPMENT", CommissionerLevel.MUNICIPAL);
    provincialDispatch = fixtures.dispatch(round, provincialYongqiao, "341302", start,
        List.of(fixtures.enterprise("341302")));
    municipalDispatch = fixtures.dispatch(round, municipalYongqiao, "341302", start,
        List.of(fixtures.enterprise("341302")));
    dangshanDispatch = fixtures.dispatch(round, provincialDangshan, "341321", start,
        List.of(fixtures.enterprise("341321")));
    fixtures.finalMatch(round, provincialMatchedOnly, "341302");
    RoundMatch declined = fixtures.finalMatch(round, municipalDeclined, "341302");
    declined.decline();
    matches.save(declined);
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

  static HttpEntity<Object> language(String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    return new HttpEntity<>(headers);
  }

  /** Every row of the list, all pages (the paged lists of /api; the others answer in one). */
  List<Map<String, Object>> list(String user, String path) {
    return cn.suzhou.shuanglian.support.ApiPages.rows(as(user), path);
  }

  static List<Long> ids(List<Map<String, Object>> rows, String key) {
    return rows.stream().map(r -> ((Number) r.get(key)).longValue()).toList();
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> errors(ResponseEntity<Map<String, Object>> response) {
    return (List<Map<String, Object>>) response.getBody().get("errors");
  }

  /** A bad level is a 400 naming the parameter, in Chinese by default and in English on request. */
  void refusesBadLevel(String user, String path) {
    String bad = path + (path.contains("?") ? "&" : "?") + "level=NATIONAL";
    ResponseEntity<Map<String, Object>> zh = as(user).exchange(bad, HttpMethod.GET, null, OBJECT);
    assertThat(zh.getStatusCode()).as(bad).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(zh)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("level");
      assertThat((String) e.get("message")).contains("NATIONAL").contains("PROVINCIAL").contains("省级")
          .contains("MUNICIPAL").contains("市级").contains("P-13");
    });
    ResponseEntity<Map<String, Object>> en = as(user).exchange(bad, HttpMethod.GET, language("en"), OBJECT);
    assertThat(en.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(en)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("level");
      assertThat((String) e.get("message")).contains("is not a commissioner level").contains("PROVINCIAL")
          .doesNotContain("无效");
    });
  }

  @Test
  @Tag("P-13") @Tag("P-04")
  @DisplayName("P-13 the information database shows each commissioner's level (code and 省级/市级), takes it on POST (a bad level is a 400 naming the field, nothing written) and filters by level")
  void informationDatabaseShowsTakesAndFiltersLevel() {
    SourceUnit unit = data.sourceUnit();
    String residentId;
    do {
      residentId = TestIds.residentId(ThreadLocalRandom.current().nextInt(300_000, 365_000));
    } while (commissioners.existsByResidentId(residentId));
    Map<String, Object> request = new HashMap<>(Map.of("name", "省级专员" + unit.getCode(),
        "sourceUnitCode", unit.getCode(), "level", "NATIONAL", "industryGroupCode", "NEW_MATERIALS",
        "expertise", "煤矸石与矿山固废制备绿色建材", "title", "教授", "phone", "13956431013", "residentId", residentId));

    ResponseEntity<Map<String, Object>> refused = as(city).exchange("/api/commissioners", HttpMethod.POST,
        json(request, null), OBJECT);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(refused)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("level");
      assertThat((String) e.get("message")).contains("NATIONAL").contains("PROVINCIAL").contains("MUNICIPAL");
    });
    ResponseEntity<Map<String, Object>> refusedEn = as(city).exchange("/api/commissioners", HttpMethod.POST,
        json(request, "en"), OBJECT);
    assertThat(errors(refusedEn)).singleElement()
        .satisfies(e -> assertThat((String) e.get("message")).contains("is not one of").doesNotContain("无效"));
    assertThat(commissioners.existsByResidentId(residentId)).isFalse();

    request.put("level", "PROVINCIAL");
    ResponseEntity<Map<String, Object>> created = as(city).exchange("/api/commissioners", HttpMethod.POST,
        json(request, null), OBJECT);
    assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("level", "PROVINCIAL").containsEntry("levelLabel", "省级");
    long id = ((Number) created.getBody().get("id")).longValue();
    assertThat(commissioners.findById(id).orElseThrow().getLevel()).isEqualTo(CommissionerLevel.PROVINCIAL);

    String district = data.districtOfficial("341302");
    Map<String, Object> one = as(district).exchange("/api/commissioners/" + id, HttpMethod.GET, null, OBJECT).getBody();
    assertThat(one).containsEntry("level", "PROVINCIAL").containsEntry("levelLabel", "省级");

    List<Map<String, Object>> provincial = list(district, "/api/commissioners?level=PROVINCIAL");
    assertThat(ids(provincial, "id")).contains(id, provincialYongqiao.getId(), provincialDangshan.getId())
        .doesNotContain(municipalYongqiao.getId());
    assertThat(provincial).allSatisfy(c -> assertThat(c).containsEntry("level", "PROVINCIAL")
        .containsEntry("levelLabel", "省级"));
    List<Map<String, Object>> municipal = list(district, "/api/commissioners?level=MUNICIPAL");
    assertThat(ids(municipal, "id")).contains(municipalYongqiao.getId()).doesNotContain(id);
    assertThat(municipal).allSatisfy(c -> assertThat(c).containsEntry("level", "MUNICIPAL")
        .containsEntry("levelLabel", "市级"));
    assertThat(ids(list(district, "/api/commissioners"), "id")).contains(id, municipalYongqiao.getId());
    refusesBadLevel(district, "/api/commissioners");
  }

  @Test
  @Tag("P-13") @Tag("P-14")
  @DisplayName("P-13 dispatches and a round's nomination, matches and agreements filter by level and show it on every item; a district still sees only its own")
  void roundListsFilterByLevel() {
    String district = data.districtOfficial("341302");
    String dangshan = data.districtOfficial("341321");
    int year = round.getRoundYear();

    List<Map<String, Object>> dispatches = list(city, "/api/dispatches?level=PROVINCIAL");
    assertThat(ids(dispatches, "id")).contains(provincialDispatch.getId(), dangshanDispatch.getId())
        .doesNotContain(municipalDispatch.getId());
    assertThat(dispatches).allSatisfy(d -> assertThat(d).containsEntry("commissionerLevel", "PROVINCIAL")
        .containsEntry("commissionerLevelLabel", "省级"));
    assertThat(ids(list(district, "/api/dispatches?level=PROVINCIAL"), "id")).contains(provincialDispatch.getId())
        .doesNotContain(dangshanDispatch.getId(), municipalDispatch.getId());
    assertThat(list(district, "/api/dispatches?level=MUNICIPAL")).extracting(d -> ((Number) d.get("id")).longValue())
        .contains(municipalDispatch.getId()).doesNotContain(provincialDispatch.getId());
    assertThat(list(district, "/api/dispatches"))
        .filteredOn(d -> ((Number) d.get("id")).longValue() == provincialDispatch.getId())
        .singleElement().satisfies(d -> assertThat(d).containsEntry("commissionerLevelLabel", "省级"));
    refusesBadLevel(district, "/api/dispatches");

    String matchesPath = "/api/rounds/" + year + "/matches";
    List<Map<String, Object>> provincialMatches = list(city, matchesPath + "?level=PROVINCIAL");
    assertThat(ids(provincialMatches, "commissionerId")).containsExactlyInAnyOrder(provincialYongqiao.getId(),
        provincialDangshan.getId(), provincialMatchedOnly.getId());
    assertThat(provincialMatches).allSatisfy(m -> assertThat(m).containsEntry("level", "PROVINCIAL")
        .containsEntry("levelLabel", "省级").containsEntry("provincial", true));
    assertThat(ids(list(district, matchesPath + "?level=PROVINCIAL"), "commissionerId"))
        .containsExactlyInAnyOrder(provincialYongqiao.getId(), provincialMatchedOnly.getId());
    List<Map<String, Object>> municipalMatches = list(district, matchesPath + "?level=MUNICIPAL");
    assertThat(ids(municipalMatches, "commissionerId")).containsExactlyInAnyOrder(municipalYongqiao.getId(),
        municipalDeclined.getId());
    assertThat(municipalMatches).allSatisfy(m -> assertThat(m).containsEntry("levelLabel", "市级")
        .containsEntry("provincial", false));
    assertThat(list(dangshan, matchesPath)).extracting(m -> m.get("districtCode")).containsOnly("341321");
    refusesBadLevel(city, matchesPath);
    // who may not read a round's matches is refused whatever the level asked for
    assertThat(as(data.sourceUnitOfficial(provincialYongqiao.getSourceUnit()))
        .exchange(matchesPath + "?level=NATIONAL", HttpMethod.GET, null, OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    String agreementsPath = "/api/rounds/" + year + "/agreements";
    List<Map<String, Object>> municipalAgreements = list(city, agreementsPath + "?level=MUNICIPAL");
    assertThat(ids(municipalAgreements, "commissionerId")).containsExactly(municipalYongqiao.getId());
    assertThat(municipalAgreements).singleElement().satisfies(a -> assertThat(a)
        .containsEntry("commissionerLevel", "MUNICIPAL").containsEntry("commissionerLevelLabel", "市级"));
    assertThat(ids(list(city, agreementsPath + "?level=PROVINCIAL"), "commissionerId"))
        .containsExactlyInAnyOrder(provincialYongqiao.getId(), provincialDangshan.getId());
    assertThat(ids(list(dangshan, agreementsPath + "?level=PROVINCIAL"), "commissionerId"))
        .containsExactly(provincialDangshan.getId());
    refusesBadLevel(district, agreementsPath);

    Nomination nomination = nominations.save(new Nomination(round, "fixture-" + year));
    for (Commissioner c : List.of(provincialYongqiao, municipalYongqiao, provincialDangshan)) {
      nominees.save(new Nominee(nomination, c, "符合选派条件", city, Instant.now()));
    }
    String nominationPath = "/api/rounds/" + year + "/nomination";
    Map<String, Object> listed = as(city).exchange(nominationPath + "?level=PROVINCIAL", HttpMethod.GET, null, OBJECT)
        .getBody();
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> provincialNominees = (List<Map<String, Object>>) listed.get("nominees");
    assertThat(ids(provincialNominees, "commissionerId")).containsExactlyInAnyOrder(provincialYongqiao.getId(),
        provincialDangshan.getId());
    assertThat(provincialNominees).allSatisfy(n -> assertThat(n).containsEntry("level", "PROVINCIAL")
        .containsEntry("levelLabel", "省级").containsEntry("provincial", true));
    refusesBadLevel(city, nominationPath);
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> line(Map<String, Object> report, String district, String level) {
    return ((List<Map<String, Object>>) report.get("lines")).stream()
        .filter(l -> l.get("districtCode").equals(district) && l.get("level").equals(level)).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> total(Map<String, Object> report, String level) {
    return ((List<Map<String, Object>>) report.get("totals")).stream().filter(t -> t.get("level").equals(level))
        .findFirst().orElseThrow();
  }

  static void counts(Map<String, Object> row, int matched, int signed, int active) {
    assertThat(row).containsEntry("matched", matched).containsEntry("signed", signed)
        .containsEntry("activeDispatches", active);
  }

  @Test
  @Tag("P-13")
  @SuppressWarnings("unchecked")
  @DisplayName("P-13 the report counts a round's commissioners per district and level (matched, signed, serving; declined ones not counted): the city every district, a district its own, others refused; bad year or level named")
  void commissionersByLevelReport() {
    String path = "/api/reports/commissioners-by-level?year=" + round.getRoundYear();
    ResponseEntity<Map<String, Object>> response = as(city).exchange(path, HttpMethod.GET, null, OBJECT);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    Map<String, Object> report = response.getBody();
    assertThat(report).containsEntry("year", round.getRoundYear()).containsEntry("roundStatus", "SIGNED");
    assertThat((List<?>) report.get("lines")).hasSize(4);
    counts(line(report, "341302", "PROVINCIAL"), 2, 1, 1);
    counts(line(report, "341302", "MUNICIPAL"), 1, 1, 1);
    counts(line(report, "341321", "PROVINCIAL"), 1, 1, 1);
    counts(line(report, "341321", "MUNICIPAL"), 0, 0, 0);
    assertThat(line(report, "341302", "PROVINCIAL")).containsEntry("levelLabel", "省级")
        .containsEntry("districtName", "埇桥区");
    counts(total(report, "PROVINCIAL"), 3, 2, 2);
    counts(total(report, "MUNICIPAL"), 1, 1, 1);

    Map<String, Object> provincialOnly = as(city).exchange(path + "&level=PROVINCIAL", HttpMethod.GET, null, OBJECT)
        .getBody();
    assertThat(provincialOnly).containsEntry("level", "PROVINCIAL");
    assertThat((List<Map<String, Object>>) provincialOnly.get("lines")).hasSize(2)
        .allSatisfy(l -> assertThat(l).containsEntry("level", "PROVINCIAL"));
    assertThat((List<?>) provincialOnly.get("totals")).hasSize(1);

    Map<String, Object> own = as(data.districtOfficial("341302")).exchange(path, HttpMethod.GET, null, OBJECT).getBody();
    assertThat((List<Map<String, Object>>) own.get("lines")).hasSize(2)
        .allSatisfy(l -> assertThat(l).containsEntry("districtCode", "341302"));
    counts(total(own, "PROVINCIAL"), 2, 1, 1);

    String unitOfficial = data.sourceUnitOfficial(provincialYongqiao.getSourceUnit());
    assertThat(as(unitOfficial).exchange(path, HttpMethod.GET, null, OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(provincialYongqiao.getUserId()).exchange(path, HttpMethod.GET, null, OBJECT).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as(city).exchange("/api/reports/commissioners-by-level?year=1999", HttpMethod.GET, null, OBJECT)
        .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

    ResponseEntity<Map<String, Object>> bad = as(city).exchange("/api/reports/commissioners-by-level?year=二〇二五&level=省",
        HttpMethod.GET, null, OBJECT);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(bad)).extracting(e -> e.get("field")).containsExactly("year", "level");
    ResponseEntity<Map<String, Object>> missing = as(city).exchange("/api/reports/commissioners-by-level",
        HttpMethod.GET, language("en"), OBJECT);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(errors(missing)).singleElement().satisfies(e -> {
      assertThat(e.get("field")).isEqualTo("year");
      assertThat((String) e.get("message")).contains("year").doesNotContain("请");
    });
    refusesBadLevel(city, path);
  }
}
