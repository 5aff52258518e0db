package cn.suzhou.shuanglian.board;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchProperties;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The board's four read-only endpoints over HTTP with real Basic authentication (issue 16): a round's
 * progress per district with the collection deadline passed on the engine clock; dispatches against the
 * configured 30-day minimum (P-15) with grades (P-18); the charts; the search (生僻字 in names). Each as
 * the city, a district (its own district only), a source unit (its own staff only) and a wrong user (403).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class BoardRestContract {

  static final ParameterizedTypeReference<Map<String, Object>> OBJECT = new ParameterizedTypeReference<>() {};
  static final ParameterizedTypeReference<List<Map<String, Object>>> LIST = new ParameterizedTypeReference<>() {};
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String YONGQIAO = "341302";
  static final String DANGSHAN = "341321";

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired JdbcTemplate jdbc;
  @Autowired SelectionRoundRepository rounds;
  @Autowired DispatchProperties dispatchProperties;

  TestData data;
  DispatchFixtures fixtures;
  String city;
  String yongqiao;
  String dangshan;
  String commissionerUser;

  @BeforeEach
  void users() {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    city = data.cityOfficial();
    yongqiao = data.districtOfficial(YONGQIAO);
    dangshan = data.districtOfficial(DANGSHAN);
    commissionerUser = data.user("expert", Groups.COMMISSIONERS);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  Map<String, Object> object(String user, String path) {
    ResponseEntity<Map<String, Object>> r = as(user).exchange(path, HttpMethod.GET, null, OBJECT);
    assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  List<Map<String, Object>> list(String user, String path) {
    ResponseEntity<List<Map<String, Object>>> r = as(user).exchange(path, HttpMethod.GET, null, LIST);
    assertThat(r.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    return r.getBody();
  }

  HttpStatus status(String user, String path) {
    return HttpStatus.valueOf(as(user).exchange(path, HttpMethod.GET, null, String.class).getStatusCode().value());
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> rows(Map<String, Object> body, String key) {
    return (List<Map<String, Object>>) body.get(key);
  }

  static Map<String, Object> district(Map<String, Object> progress, String code) {
    return rows(progress, "districts").stream().filter(d -> code.equals(d.get("districtCode"))).findFirst().orElseThrow();
  }

  void confirmedRecord(Dispatch d, Enterprise e, int serviceYear, int days, LocalDate end, String status) {
    jdbc.update("insert into service_record (dispatch_id, enterprise_id, service_type, start_date, end_date, days, "
        + "service_year, summary, status, recorded_by, recorded_at, answered_by, answered_at, dispute_reason, version) "
        + "values (?, ?, 'CONSULTING', ?, ?, ?, ?, '技术咨询', ?, 'fixture', ?, null, null, ?, 0)",
        d.getId(), e.getId(), java.sql.Date.valueOf(end.minusDays(days - 1)), java.sql.Date.valueOf(end), days,
        serviceYear, status, Timestamp.from(Instant.now()), "DISPUTED".equals(status) ? "不符" : null);
  }

  void approvedGrade(Dispatch d, int serviceYear, String grade) {
    jdbc.update("insert into evaluation (dispatch_id, service_year, status, grade, version) values (?, ?, 'APPROVED', ?, 0)",
        d.getId(), serviceYear, grade);
  }

  /** A joint project of the dispatch, numbered after the year's last one (宿双链项〔year〕000n). */
  String project(Dispatch d, Enterprise e, int year, String status) {
    Integer serial = jdbc.queryForObject("select coalesce(max(serial_no), 0) + 1 from project_application "
        + "where application_year = ?", Integer.class, year);
    jdbc.update("insert into project_application (application_year, serial_no, commissioner_id, enterprise_id, dispatch_id, "
        + "commissioner_slot, enterprise_slot, title, category, industry_group_code, content, goals, total_budget, "
        + "enterprise_funding, duration_months, quota_exempt, review_priority, status, filed_by, filed_at, "
        + "process_instance_id, version) values (?, ?, ?, ?, ?, ?, ?, '煤矸石绿色建材联合攻关', 'SCIENCE_PLAN', 'NEW_MATERIALS', "
        + "'内容', '目标', 100, 50, 24, false, 0, ?, 'fixture', ?, ?, 0)", year, serial, d.getCommissioner().getId(),
        e.getId(), d.getId(), d.getCommissioner().getId(), e.getId(), status, Timestamp.from(Instant.now()),
        "fixture-" + java.util.UUID.randomUUID());
    return "宿双链项〔" + year + "〕" + String.format("%04d", serial);
  }

  @Test
  @Tag("P-12")
  @DisplayName("P-12 round progress: per district its stage, the collection deadline overdue on the engine clock, who acts next; a district sees only its own; source units and others 403")
  void roundProgress() {
    int year = Rounds.freshYear(rounds);
    RoundDriver drive = new RoundDriver(context, data);
    String deadline = Rounds.deadlineInDays(5);
    drive.startRound(year, deadline);
    String creditCode = drive.screenAndCollect(year, YONGQIAO, yongqiao);
    // the engine clock moves three days past the deadline: 砀山县 has not submitted
    LocalDate today = LocalDate.parse(deadline).plusDays(3);
    ClockUtil.setCurrentTime(Date.from(today.atTime(10, 0).atZone(ZONE).toInstant()));

    Map<String, Object> all = object(city, "/api/board/rounds/" + year);
    assertThat(all).containsEntry("roundYear", year).containsEntry("status", "COLLECTING")
        .containsEntry("statusLabel", "需求征集中").containsEntry("collectionDeadline", deadline)
        .containsEntry("today", today.toString());
    assertThat(rows(all, "stages")).extracting(s -> s.get("key"))
        .containsExactly("COLLECTION", "REVIEW", "NOMINATION", "MATCHING", "AGREEMENTS", "DONE");
    assertThat(rows(all, "districts")).hasSize(8);
    Map<String, Object> submitted = district(all, YONGQIAO);
    assertThat(submitted).containsEntry("districtName", "埇桥区").containsEntry("stage", "REVIEW")
        .containsEntry("stageLabel", "市级审核").containsEntry("stageIndex", 1).containsEntry("overdue", false)
        .containsEntry("serviceUnits", 1).containsEntry("demands", 1).containsEntry("overdueDays", 0);
    assertThat(rows(submitted, "nextActions")).singleElement().satisfies(a -> {
      assertThat(a).containsEntry("taskName", "市科技局审定").containsEntry("actorLabel", "市科技局");
      assertThat(a.get("taskId")).isNotNull();
    });
    Map<String, Object> late = district(all, DANGSHAN);
    assertThat(late).containsEntry("districtName", "砀山县").containsEntry("stage", "COLLECTION")
        .containsEntry("stageIndex", 0).containsEntry("deadline", deadline).containsEntry("overdue", true)
        .containsEntry("overdueDays", 3).containsEntry("serviceUnits", 0).containsEntry("demands", 0);
    assertThat(rows(late, "nextActions")).extracting(a -> a.get("taskName")).contains("服务单位筛选");
    assertThat(rows(late, "nextActions")).filteredOn(a -> "服务单位筛选".equals(a.get("taskName")))
        .allSatisfy(a -> assertThat((String) a.get("actorLabel")).contains("砀山县"));

    // a district official: only their own district; the city's review task named but not opened
    Map<String, Object> own = object(yongqiao, "/api/board/rounds/" + year);
    assertThat(rows(own, "districts")).extracting(d -> d.get("districtCode")).containsExactly(YONGQIAO);
    assertThat(rows(district(own, YONGQIAO), "nextActions")).singleElement()
        .satisfies(a -> assertThat(a).containsEntry("actorLabel", "市科技局").containsEntry("taskId", null));
    Map<String, Object> theirs = object(dangshan, "/api/board/rounds/" + year);
    assertThat(rows(theirs, "districts")).extracting(d -> d.get("districtCode")).containsExactly(DANGSHAN);
    assertThat(rows(district(theirs, DANGSHAN), "nextActions"))
        .filteredOn(a -> "服务单位筛选".equals(a.get("taskName"))).allSatisfy(a -> assertThat(a.get("taskId")).isNotNull());

    // the search finds the screened enterprise and its demand, with the city's open review task
    List<Map<String, Object>> hits = list(city, "/api/board/search?q=" + creditCode.toLowerCase());
    assertThat(hits).extracting(h -> h.get("kind")).containsExactly("ENTERPRISE", "DEMAND");
    assertThat(hits.get(1)).containsEntry("kindLabel", "技术需求").containsEntry("districtName", "埇桥区");
    assertThat(rows(hits.get(1), "openTasks")).extracting(t -> t.get("taskName")).containsExactly("市科技局审定");
    assertThat(list(dangshan, "/api/board/search?q=" + creditCode)).isEmpty();

    SourceUnit unit = data.sourceUnit();
    assertThat(status(data.sourceUnitOfficial(unit), "/api/board/rounds/" + year)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(commissionerUser, "/api/board/rounds/" + year)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(city, "/api/board/rounds/1999")).isEqualTo(HttpStatus.NOT_FOUND);
  }

  @Test
  @Tag("P-15") @Tag("P-18") @Tag("P-14")
  @DisplayName("P-15/P-18 dispatches: confirmed days of the current service year against the configured minimum, last record, grades; paged; each reader only theirs")
  void dispatchesChartsAndSearch() {
    SourceUnit unit = data.sourceUnit();
    SourceUnit otherUnit = data.sourceUnit();
    LocalDate start = LocalDate.now(ZONE).minusMonths(13);
    SelectionRound round = fixtures.signedRound(List.of(YONGQIAO, DANGSHAN), start);
    int year = round.getRoundYear();
    Commissioner rare = data.commissioner(unit);
    String rareName = "𠮷磊" + rare.getId();
    jdbc.update("update commissioner set name = ? where id = ?", rareName, rare.getId());
    Commissioner other = data.commissioner(otherUnit);
    Enterprise served = fixtures.enterprise(YONGQIAO);
    String rareEnterprise = "宿州𬌗达新材料" + served.getCreditCode();
    jdbc.update("update enterprise set name = ? where id = ?", rareEnterprise, served.getId());
    Dispatch mine = fixtures.dispatch(round, rare, YONGQIAO, start, List.of(served));
    Dispatch theirs = fixtures.dispatch(round, other, DANGSHAN, start, List.of(fixtures.enterprise(DANGSHAN)));
    LocalDate yearTwo = start.plusYears(1);
    confirmedRecord(mine, served, 1, 40, start.plusMonths(6), "CONFIRMED");
    confirmedRecord(mine, served, 2, 12, yearTwo.plusDays(20), "CONFIRMED");
    confirmedRecord(mine, served, 2, 20, yearTwo.plusDays(25), "PENDING");
    approvedGrade(mine, 1, "EXCELLENT");
    int projectYear = start.getYear() + 1;
    String projectNo = project(mine, served, projectYear, "APPROVED");

    List<Map<String, Object>> cityRows = list(city, "/api/board/dispatches?year=" + year);
    assertThat(cityRows).extracting(r -> ((Number) r.get("dispatchId")).longValue())
        .containsExactly(mine.getId(), theirs.getId());
    Map<String, Object> line = cityRows.get(0);
    assertThat(line).containsEntry("agreementNo", mine.getAgreement().getAgreementNo())
        .containsEntry("commissionerName", rareName).containsEntry("districtCode", YONGQIAO)
        .containsEntry("districtName", "埇桥区").containsEntry("sourceUnitName", unit.getName())
        .containsEntry("status", "ACTIVE").containsEntry("statusLabel", "派驻中").containsEntry("serviceYear", 2)
        .containsEntry("serviceYearStart", yearTwo.toString())
        .containsEntry("serviceYearEnd", yearTwo.plusYears(1).minusDays(1).toString())
        .containsEntry("confirmedServiceDays", 12)
        .containsEntry("minimumServiceDays", dispatchProperties.minServiceDays())
        .containsEntry("belowMinimum", true).containsEntry("lastServiceRecordOn", yearTwo.plusDays(20).toString());
    assertThat(rows(line, "grades")).singleElement().satisfies(g -> {
      assertThat(g).containsEntry("year", 1).containsEntry("grade", "EXCELLENT").containsEntry("gradeLabel", "优秀");
      long evaluationId = ((Number) g.get("evaluationId")).longValue();
      assertThat(g).containsEntry("noticePdf", "/api/evaluations/" + evaluationId + "/notice.pdf");
    });
    assertThat(line).containsEntry("agreementPdf", "/api/dispatches/" + mine.getId() + "/agreement.pdf");
    assertThat(cityRows.get(1)).containsEntry("confirmedServiceDays", 0).containsEntry("lastServiceRecordOn", null)
        .containsEntry("grades", List.of());

    ResponseEntity<List<Map<String, Object>>> page = as(city).exchange(
        "/api/board/dispatches?year=" + year + "&size=1", HttpMethod.GET, null, LIST);
    assertThat(page.getBody()).hasSize(1);
    assertThat(page.getHeaders().getFirst("X-Total-Count")).isEqualTo("2");
    assertThat(page.getHeaders().getFirst(HttpHeaders.LINK)).contains("rel=\"next\"").contains("page=1");
    assertThat(list(city, "/api/board/dispatches?year=" + year + "&district=" + DANGSHAN))
        .extracting(r -> ((Number) r.get("dispatchId")).longValue()).containsExactly(theirs.getId());

    assertThat(list(yongqiao, "/api/board/dispatches?year=" + year))
        .extracting(r -> ((Number) r.get("dispatchId")).longValue()).containsExactly(mine.getId());
    assertThat(list(yongqiao, "/api/board/dispatches?year=" + year + "&district=" + DANGSHAN)).isEmpty();
    assertThat(list(data.sourceUnitOfficial(otherUnit), "/api/board/dispatches?year=" + year))
        .extracting(r -> ((Number) r.get("dispatchId")).longValue()).containsExactly(theirs.getId());
    assertThat(status(commissionerUser, "/api/board/dispatches")).isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<Map<String, Object>> bad = as(city).exchange("/api/board/dispatches?district=999999",
        HttpMethod.GET, null, OBJECT);
    assertThat(bad.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(rows(bad.getBody(), "errors")).singleElement().satisfies(e -> assertThat(e).containsEntry("field", "district"));

    // charts over the round: matched commissioners per group, confirmed days per district, grades per year
    Map<String, Object> charts = object(city, "/api/board/charts?year=" + year);
    assertThat(rows(charts, "demandsByIndustryGroup")).filteredOn(g -> "新材料".equals(g.get("industryGroupName")))
        .singleElement().satisfies(g -> assertThat(g).containsEntry("commissioners", 2).containsEntry("demands", 0));
    assertThat(rows(charts, "serviceDaysByDistrict")).containsExactly(Map.of("districtName", "埇桥区", "days", 52),
        Map.of("districtName", "砀山县", "days", 0));
    int gradeYear = start.plusYears(1).minusDays(1).getYear();
    assertThat(rows(charts, "gradesByYear")).filteredOn(g -> g.get("year").equals(gradeYear)).singleElement()
        .satisfies(g -> assertThat(rows(g, "counts")).extracting(c -> c.get("gradeLabel"))
            .containsExactly("优秀", "合格", "基本合格", "不合格"));
    assertThat(rows(charts, "projectsByYear")).filteredOn(y -> y.get("year").equals(projectYear)).singleElement()
        .satisfies(y -> assertThat(((Number) y.get("approved")).intValue()).isPositive());
    Map<String, Object> dangshanCharts = object(dangshan, "/api/board/charts?year=" + year);
    assertThat(rows(dangshanCharts, "serviceDaysByDistrict")).containsExactly(Map.of("districtName", "砀山县", "days", 0));
    assertThat(rows(dangshanCharts, "demandsByIndustryGroup")).filteredOn(g -> "新材料".equals(g.get("industryGroupName")))
        .singleElement().satisfies(g -> assertThat(g).containsEntry("commissioners", 1));
    assertThat(status(commissionerUser, "/api/board/charts?year=" + year)).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(status(city, "/api/board/charts")).isEqualTo(HttpStatus.BAD_REQUEST);

    // search: 生僻字 in the commissioner's and the enterprise's names, agreement numbers; each reader only theirs
    List<Map<String, Object>> byName = list(city, "/api/board/search?q=" + rareName);
    assertThat(byName).extracting(h -> h.get("kind")).containsExactly("AGREEMENT", "DISPATCH", "PROJECT",
        "SERVICE_RECORD", "SERVICE_RECORD", "SERVICE_RECORD");
    assertThat(byName.get(0)).containsEntry("kindLabel", "派驻协议").containsEntry("title", mine.getAgreement().getAgreementNo())
        .containsEntry("number", mine.getAgreement().getAgreementNo()).containsEntry("districtName", "埇桥区");
    assertThat(byName.get(1)).containsEntry("title", rareName).containsEntry("openTasks", List.of());
    // the printable agreement: of the signed agreement and of the dispatch
    assertThat(byName.get(0)).containsEntry("document", Map.of("title", "派驻协议书",
        "href", "/api/agreements/" + mine.getAgreement().getId() + "/agreement.pdf"));
    assertThat(byName.get(1)).containsEntry("document", Map.of("title", "派驻协议书",
        "href", "/api/dispatches/" + mine.getId() + "/agreement.pdf"));
    assertThat(byName.get(2)).containsEntry("kind", "PROJECT").extracting(h -> h.get("document")).asString()
        .contains("联合项目推荐表", "/recommendation.pdf");  // approved
    assertThat(byName.get(3)).containsEntry("document", null);  // a service record prints nothing
    List<Map<String, Object>> byEnterprise = list(yongqiao, "/api/board/search?q=" + "𬌗达新材料" + served.getCreditCode());
    assertThat(byEnterprise).extracting(h -> h.get("kind")).containsExactly("ENTERPRISE", "PROJECT", "SERVICE_RECORD",
        "SERVICE_RECORD", "SERVICE_RECORD");
    List<Map<String, Object>> byNumber = list(city, "/api/board/search?q=" + projectNo);
    assertThat(byNumber).singleElement().satisfies(h -> assertThat(h).containsEntry("kind", "PROJECT")
        .containsEntry("kindLabel", "联合申报项目").containsEntry("number", projectNo)
        .containsEntry("title", "煤矸石绿色建材联合攻关").containsEntry("districtName", "埇桥区"));
    assertThat((String) byNumber.get(0).get("detail")).contains("已立项").contains(rareName);
    assertThat(list(dangshan, "/api/board/search?q=" + projectNo)).isEmpty();
    assertThat(byEnterprise.get(0)).containsEntry("title", rareEnterprise);
    assertThat(list(dangshan, "/api/board/search?q=" + rareName)).isEmpty();
    assertThat(list(data.sourceUnitOfficial(otherUnit), "/api/board/search?q=" + rareName)).isEmpty();
    assertThat(list(data.sourceUnitOfficial(unit), "/api/board/search?q=" + rareName)).hasSize(6);
    assertThat(list(city, "/api/board/search?q=" + mine.getAgreement().getAgreementNo().toLowerCase()))
        .extracting(h -> h.get("kind")).containsExactly("AGREEMENT", "DISPATCH");
    ResponseEntity<List<Map<String, Object>>> paged = as(city).exchange("/api/board/search?q=" + rareName + "&size=2",
        HttpMethod.GET, null, LIST);
    assertThat(paged.getBody()).hasSize(2);
    assertThat(paged.getHeaders().getFirst("X-Total-Count")).isEqualTo("6");
    assertThat(status(commissionerUser, "/api/board/search?q=" + rareName)).isEqualTo(HttpStatus.FORBIDDEN);
  }

  @Test
  @DisplayName("the search text must have 2–50 characters after trimming: else a 400 naming q, in Chinese or English")
  void searchTextLength() {
    for (String q : List.of(" a ", "", "x".repeat(51))) {
      ResponseEntity<Map<String, Object>> zh = as(city).exchange("/api/board/search?q=" + q, HttpMethod.GET, null, OBJECT);
      assertThat(zh.getStatusCode()).as(q).isEqualTo(HttpStatus.BAD_REQUEST);
      assertThat(rows(zh.getBody(), "errors")).singleElement().satisfies(e -> {
        assertThat(e).containsEntry("field", "q");
        assertThat((String) e.get("message")).contains("2–50").contains("个字");
      });
    }
    HttpHeaders english = new HttpHeaders();
    english.set(HttpHeaders.ACCEPT_LANGUAGE, "en");
    ResponseEntity<Map<String, Object>> en = as(city).exchange("/api/board/search?q=a", HttpMethod.GET,
        new HttpEntity<>(english), OBJECT);
    assertThat(rows(en.getBody(), "errors")).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("field", "q");
      assertThat((String) e.get("message")).contains("must have 2–50 characters").doesNotContain("个字");
    });
    // two characters of the supplementary plane (生僻字) are two characters
    assertThat(as(city).exchange("/api/board/search?q=𠮷𬌗", HttpMethod.GET, null, String.class).getStatusCode().value())
        .isEqualTo(200);
  }
}
