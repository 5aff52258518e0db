package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationRepository;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.misconduct.MisconductCase;
import cn.suzhou.shuanglian.misconduct.MisconductCaseRepository;
import cn.suzhou.shuanglian.misconduct.MisconductCategory;
import cn.suzhou.shuanglian.misconduct.ReporterRole;
import cn.suzhou.shuanglian.project.ProjectApplication;
import cn.suzhou.shuanglian.project.ProjectApplicationRepository;
import cn.suzhou.shuanglian.project.ProjectCategory;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.servicerecord.ServiceRecord;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceType;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.ApiPages;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The growing lists of {@code /api} page: {@code page} (0-based) and {@code size} as query parameters,
 * the body still a JSON array, {@code X-Total-Count} and an RFC 8288 {@code Link} header; each list's
 * access rule is part of the database query, so a county official's total counts only their county's
 * rows and no page of theirs holds another county's; bad {@code page}/{@code size} is a 400 naming the
 * parameter and the rule in the caller's language. The databases hold other tests' rows (and on MariaDB
 * earlier runs'), so counts are compared with what the city bureau reads, never with fixed numbers. On
 * H2 ({@link ApiPagingOnH2Test}) and MariaDB ({@link ApiPagingOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ApiPagingContract {

  /** Two counties little used by other tests: 泗县 and 宿州马鞍山现代产业园区. */
  static final String COUNTY = "341324";
  static final String OTHER_COUNTY = "SMPARK";
  static final Pattern LINK = Pattern.compile("<([^>]*)>;\\s*rel=\"(first|prev|next|last)\"");
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired MisconductCaseRepository misconductCases;
  @Autowired ProjectApplicationRepository projects;
  @Autowired IndustryGroupRepository industryGroups;
  @Autowired ServiceRecordRepository serviceRecords;
  @Autowired EvaluationRepository evaluations;

  TestData data;
  DispatchFixtures fixtures;
  String city;
  String countyOfficial;
  String otherCountyOfficial;
  SelectionRound round;
  /** Per list path, the ids written by this test in the county and in the other county. */
  Map<String, Set<Long>> own;
  Map<String, Set<Long>> others;
  /** The first dispatch's parties and its rows, per list path. */
  SourceUnit firstUnit;
  Commissioner firstCommissioner;
  Enterprise firstEnterprise;
  Map<String, Set<Long>> first;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    city = data.cityOfficial();
    countyOfficial = data.districtOfficial(COUNTY);
    otherCountyOfficial = data.districtOfficial(OTHER_COUNTY);
    round = fixtures.signedRound(List.of(COUNTY, OTHER_COUNTY), LocalDate.of(2024, 9, 1));
    own = new java.util.HashMap<>();
    others = new java.util.HashMap<>();
    first = new java.util.HashMap<>();
    // three dispatches in the county, two in the other: each with its enterprise, a misconduct case, a project
    for (int i = 0; i < 5; i++) {
      String county = i < 3 ? COUNTY : OTHER_COUNTY;
      Map<String, Set<Long>> ids = i < 3 ? own : others;
      SourceUnit unit = data.sourceUnit();
      Commissioner commissioner = data.commissioner(unit);
      Enterprise enterprise = fixtures.enterprise(county);
      Dispatch dispatch = fixtures.dispatch(round, commissioner, county, LocalDate.of(2024, 9, 1), List.of(enterprise));
      Map<String, Long> written = new java.util.LinkedHashMap<>();
      written.put("/api/enterprises", enterprise.getId());
      written.put("/api/dispatches", dispatch.getId());
      written.put(agreementsPath(), dispatch.getAgreement().getId());
      written.put("/api/misconduct-cases", misconductCases.save(new MisconductCase(dispatch,
          MisconductCategory.SOLICITING, "专员多次要求企业将检测业务交由其所在单位承接，分页测试。", LocalDate.of(2025, 5, 20),
          "会议纪要一份", data.districtOfficial(county), ReporterRole.DISTRICT, null, Instant.now(), data.id("wj")))
          .getId());
      written.put("/api/project-applications", projects.save(new ProjectApplication(2025,
          projects.highestSerialOf(2025) + 1, dispatch, enterprise, "分页测试联合项目" + i, ProjectCategory.SCIENCE_PLAN,
          industryGroups.getReferenceById("NEW_MATERIALS"), "研究内容：固废资源化利用的关键技术。", "目标：形成示范线一条。",
          new BigDecimal("100.00"), new BigDecimal("60.00"), 24, 1, commissioner.getUserId(), Instant.now(),
          data.id("xm"))).getId());
      written.put("/api/service-records", serviceRecords.save(new ServiceRecord(dispatch, enterprise,
          ServiceType.CONSULTING, LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 9), 2, 1,
          "现场诊断窑炉能耗问题，分页测试。", commissioner.getUserId(), Instant.now(), data.id("fw"))).getId());
      written.put("/api/evaluations", evaluations.save(new Evaluation(dispatch, 1, data.id("kh"))).getId());
      written.forEach((path, id) -> add(ids, path, id));
      if (i == 0) {
        firstUnit = unit;
        firstCommissioner = commissioner;
        firstEnterprise = enterprise;
        written.forEach((path, id) -> add(first, path, id));
      }
    }
  }

  String agreementsPath() {
    return "/api/rounds/" + round.getRoundYear() + "/agreements";
  }

  /** Every paged list a county official reads, with its own access rule. */
  List<String> countyLists() {
    return List.of("/api/enterprises", "/api/dispatches", agreementsPath(), "/api/misconduct-cases",
        "/api/project-applications", "/api/service-records", "/api/evaluations");
  }

  /** Every paged list. */
  List<String> pagedLists() {
    List<String> all = new ArrayList<>(countyLists());
    all.add("/api/commissioners");
    all.add("/api/expert-members");
    return all;
  }

  static void add(Map<String, Set<Long>> ids, String path, Long id) {
    ids.computeIfAbsent(path, p -> new HashSet<>()).add(id);
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  static String with(String path, String query) {
    return path + (path.contains("?") ? "&" : "?") + query;
  }

  ResponseEntity<String> get(String user, String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return as(user).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  static List<Map<String, Object>> rows(ResponseEntity<String> response) {
    try {
      return JSON.readValue(response.getBody(), new TypeReference<>() {});
    } catch (java.io.IOException e) {
      throw new AssertionError("not a JSON array: " + response.getBody(), e);
    }
  }

  static List<Long> ids(List<Map<String, Object>> rows) {
    return rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList();
  }

  static long total(ResponseEntity<?> response) {
    return Long.parseLong(response.getHeaders().getFirst("X-Total-Count"));
  }

  /** rel → the page and size its URL names. */
  static Map<String, int[]> links(ResponseEntity<?> response) {
    Map<String, int[]> links = new java.util.HashMap<>();
    Matcher m = LINK.matcher(String.valueOf(response.getHeaders().getFirst(HttpHeaders.LINK)));
    while (m.find()) {
      org.springframework.util.MultiValueMap<String, String> query =
          org.springframework.web.util.UriComponentsBuilder.fromUriString(m.group(1)).build().getQueryParams();
      links.put(m.group(2), new int[] {Integer.parseInt(query.getFirst("page")), Integer.parseInt(query.getFirst("size"))});
    }
    return links;
  }

  @Test
  @DisplayName("a page of a list: the JSON array of size rows in order, X-Total-Count of every page, Link to first, prev, next and last")
  void pageContentsAndHeaders() {
    List<Long> everything = ApiPages.ids(as(city), "/api/enterprises?size=200");
    long total = everything.size();
    assertThat(total).isGreaterThanOrEqualTo(5);
    assertThat(everything).as("by id").isSorted().doesNotHaveDuplicates();

    ResponseEntity<String> first = get(city, "/api/enterprises?size=2", null);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(first.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
    assertThat(total(first)).isEqualTo(total);
    assertThat(ids(rows(first))).containsExactlyElementsOf(everything.subList(0, 2));
    int last = (int) ((total - 1) / 2);
    Map<String, int[]> firstLinks = links(first);
    assertThat(firstLinks).containsOnlyKeys("first", "next", "last");
    assertThat(firstLinks.get("first")).containsExactly(0, 2);
    assertThat(firstLinks.get("next")).containsExactly(1, 2);
    assertThat(firstLinks.get("last")).containsExactly(last, 2);

    ResponseEntity<String> second = get(city, "/api/enterprises?page=1&size=2", null);
    assertThat(total(second)).isEqualTo(total);
    assertThat(ids(rows(second))).containsExactlyElementsOf(everything.subList(2, 4));
    assertThat(links(second).get("prev")).containsExactly(0, 2);

    ResponseEntity<String> lastPage = get(city, "/api/enterprises?page=" + last + "&size=2", null);
    assertThat(ids(rows(lastPage))).containsExactlyElementsOf(everything.subList(2 * last, (int) total));
    assertThat(links(lastPage)).containsKeys("first", "prev", "last").doesNotContainKey("next");

    // beyond the last page: an empty array, the same total
    ResponseEntity<String> beyond = get(city, "/api/enterprises?page=" + (last + 1) + "&size=2", null);
    assertThat(beyond.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(rows(beyond)).isEmpty();
    assertThat(total(beyond)).isEqualTo(total);

    // without page and size: the first page of 50, the filters of the request carried into the links
    ResponseEntity<String> byDefault = get(city, "/api/commissioners?level=MUNICIPAL", null);
    assertThat(rows(byDefault)).hasSizeLessThanOrEqualTo(50);
    assertThat(byDefault.getHeaders().getFirst(HttpHeaders.LINK)).contains("level=MUNICIPAL").contains("size=50");

    // a filter value as the caller encoded it stays so in the links
    ResponseEntity<String> encoded = as(city).exchange(java.net.URI.create(rest.getRootUri()
        + "/api/misconduct-cases?district=%E5%9F%87%E6%A1%A5&size=1"), HttpMethod.GET, null, String.class);
    assertThat(encoded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(links(encoded)).containsOnlyKeys("first", "last");
    assertThat(encoded.getHeaders().getFirst(HttpHeaders.LINK)).contains("district=%E5%9F%87%E6%A1%A5");

    // walking a list by its next links gives every row once, in order
    for (String path : pagedLists()) {
      List<Long> whole = ApiPages.ids(as(city), with(path, "size=200"));
      assertThat(ApiPages.ids(as(city), with(path, "size=3"))).as(path).containsExactlyElementsOf(whole);
    }
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 a county official's pages and X-Total-Count hold only their county's rows, on every paged list; the city's hold both")
  void countyTotalsCountOnlyTheirCounty() {
    for (String path : countyLists()) {
      List<Map<String, Object>> cityRows = ApiPages.rows(as(city), with(path, "size=200"));
      assertThat(ids(cityRows)).as(path).containsAll(own.get(path)).containsAll(others.get(path));
      for (String[] reader : new String[][] {{countyOfficial, COUNTY}, {otherCountyOfficial, OTHER_COUNTY}}) {
        String county = reader[1];
        long expected = cityRows.stream().filter(r -> county.equals(r.get("districtCode"))).count();
        ResponseEntity<String> firstPage = get(reader[0], with(path, "size=2"), null);
        assertThat(firstPage.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        assertThat(total(firstPage)).as("%s total for %s", path, county).isEqualTo(expected);
        List<Map<String, Object>> walked = ApiPages.rows(as(reader[0]), with(path, "size=2"));
        assertThat(walked).as("%s for %s", path, county).hasSize((int) expected)
            .allSatisfy(r -> assertThat(r.get("districtCode")).isEqualTo(county));
        Set<Long> mine = county.equals(COUNTY) ? own.get(path) : others.get(path);
        Set<Long> theirs = county.equals(COUNTY) ? others.get(path) : own.get(path);
        assertThat(ids(walked)).as(path).containsAll(mine).doesNotContainAnyElementsOf(theirs);
      }
    }
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 a source unit, a commissioner and an enterprise contact read, on every page, only the dispatches, cases, projects, service records and evaluations that are theirs")
  void otherPartiesReadOnlyTheirRows() {
    String unitOfficial = data.sourceUnitOfficial(firstUnit);
    for (String reader : List.of(unitOfficial, firstCommissioner.getUserId(), firstEnterprise.getContactUserId())) {
      for (String path : List.of("/api/dispatches", "/api/project-applications", "/api/service-records",
          "/api/evaluations")) {
        ResponseEntity<String> firstPage = get(reader, with(path, "size=1"), null);
        assertThat(firstPage.getStatusCode()).as("%s for %s", path, reader).isEqualTo(HttpStatus.OK);
        assertThat(total(firstPage)).as("%s total for %s", path, reader).isEqualTo(1);
        assertThat(ApiPages.ids(as(reader), with(path, "size=1"))).as("%s for %s", path, reader)
            .containsExactlyInAnyOrderElementsOf(first.get(path));
      }
    }
    // misconduct cases: the source unit and the commissioner concerned, not the enterprise (it did not report)
    for (String reader : List.of(unitOfficial, firstCommissioner.getUserId())) {
      assertThat(ApiPages.ids(as(reader), "/api/misconduct-cases?size=1")).as(reader)
          .containsExactlyInAnyOrderElementsOf(first.get("/api/misconduct-cases"));
    }
    assertThat(total(get(firstEnterprise.getContactUserId(), "/api/misconduct-cases", null))).isZero();
  }

  @Test
  @DisplayName("bad page or size on every paged list is a 400 problem naming page or size and the rule, in Chinese or English")
  void badPageOrSizeIsNamed() {
    for (String path : pagedLists()) {
      refused(path, "page=-1", "page", "页码应为不小于 0 的整数", "use a whole number from 0");
      refused(path, "size=0", "size", "每页条数应为 1 到 200 之间的整数", "use a whole number from 1 to 200");
    }
    String path = "/api/dispatches";
    refused(path, "size=201", "size", "每页条数应为 1 到 200 之间的整数", "from 1 to 200");
    refused(path, "size=abc", "size", "“abc”无效", "\"abc\" is not a page size");
    refused(path, "size=1.5", "size", "“1.5”无效", "\"1.5\" is not a page size");
    refused(path, "page=abc", "page", "“abc”无效", "\"abc\" is not a page number");
    refused(path, "page=99999999999999999999", "page", "页码应为不小于 0 的整数", "is not a page number");
    refused(path, "page=50000000&size=50", "page", "每页 50 条时页码最大为 42949671",
        "with 50 rows a page the highest page is 42949671");
    // both at once: both named
    ResponseEntity<String> both = get(city, "/api/misconduct-cases?page=-1&size=0", "en");
    assertThat(both.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(fields(both)).containsExactlyInAnyOrder("page", "size");
    // the county official gets the same answer (no list read)
    refused("/api/project-applications", "size=500", "size", "每页条数应为 1 到 200 之间的整数", "from 1 to 200");
  }

  @Test
  @DisplayName("the OpenAPI document names page and size on each paged list, and no Pageable object")
  void openApiNamesPageAndSize() throws java.io.IOException {
    ResponseEntity<String> doc = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
    com.fasterxml.jackson.databind.JsonNode paths = JSON.readTree(doc.getBody()).path("paths");
    for (String path : List.of("/api/enterprises", "/api/commissioners", "/api/dispatches",
        "/api/rounds/{year}/agreements", "/api/misconduct-cases", "/api/project-applications", "/api/expert-members",
        "/api/service-records", "/api/evaluations")) {
      List<String> names = new ArrayList<>();
      paths.path(path).path("get").path("parameters").forEach(p -> names.add(p.path("name").asText()));
      assertThat(names).as(path).contains("page", "size").doesNotContain("pageable", "sort");
    }
  }

  void refused(String path, String query, String field, String chinese, String english) {
    for (String language : new String[] {null, "en"}) {
      ResponseEntity<String> answer = get(language == null ? city : countyOfficial, with(path, query), language);
      assertThat(answer.getStatusCode()).as("%s?%s", path, query).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat(fields(answer)).as("%s?%s", path, query).containsExactly(field);
      assertThat(messages(answer)).as("%s?%s", path, query).singleElement().asString()
          .contains(language == null ? chinese : english);
      assertThat(answer.getBody()).doesNotContain("Exception").doesNotContain("PageRequest");
    }
  }

  static List<String> fields(ResponseEntity<String> problem) {
    return errors(problem).stream().map(e -> (String) e.get("field")).toList();
  }

  static List<String> messages(ResponseEntity<String> problem) {
    return errors(problem).stream().map(e -> (String) e.get("message")).toList();
  }

  static List<Map<String, Object>> errors(ResponseEntity<String> problem) {
    try {
      Map<String, Object> body = JSON.readValue(problem.getBody(), new TypeReference<>() {});
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> errors = (List<Map<String, Object>>) body.get("errors");
      return errors;
    } catch (java.io.IOException e) {
      throw new AssertionError(problem.getBody(), e);
    }
  }
}
