package cn.suzhou.shuanglian.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.demand.DemandCollection;
import cn.suzhou.shuanglian.demand.DemandCollectionRepository;
import cn.suzhou.shuanglian.demand.DemandType;
import cn.suzhou.shuanglian.demand.IndustryCategory;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitRepository;
import cn.suzhou.shuanglian.demand.TechnologyDemand;
import cn.suzhou.shuanglian.demand.TechnologyDemandRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.misconduct.MisconductCase;
import cn.suzhou.shuanglian.misconduct.MisconductCaseRepository;
import cn.suzhou.shuanglian.misconduct.MisconductCategory;
import cn.suzhou.shuanglian.misconduct.ReporterRole;
import cn.suzhou.shuanglian.nomination.Nomination;
import cn.suzhou.shuanglian.nomination.NominationRepository;
import cn.suzhou.shuanglian.nomination.Nominee;
import cn.suzhou.shuanglian.nomination.NomineeRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
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
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The Excel exports of the paged {@code /api} lists ({@code <list>/export.xlsx}, issue 16), opened with
 * POI: Chinese headers, bold and frozen; as many rows as the JSON list's {@code X-Total-Count} for the
 * same reader; the same rows (a county official only their county's, a source unit only its staff's)
 * and the same masked values as the JSON list; rare characters and emoji intact; refusals as the JSON
 * list's, in problem+json. The databases hold other tests' rows (and on MariaDB earlier runs'), so the
 * export is compared with the JSON list, never with fixed numbers. On H2 ({@link ExcelExportOnH2Test})
 * and MariaDB ({@link ExcelExportOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ExcelExportContract {

  /** Two counties little used by other tests: 泗县 and 宿州马鞍山现代产业园区. */
  static final String COUNTY = "341324";
  static final String COUNTY_NAME = "泗县";
  static final String OTHER_COUNTY = "SMPARK";
  static final String RARE = "𠮷𡒄😀";
  static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired MisconductCaseRepository misconductCases;
  @Autowired ProjectApplicationRepository projects;
  @Autowired IndustryGroupRepository industryGroups;
  @Autowired ServiceRecordRepository serviceRecords;
  @Autowired EvaluationRepository evaluations;
  @Autowired DemandCollectionRepository demandCollections;
  @Autowired ServiceUnitRepository serviceUnits;
  @Autowired TechnologyDemandRepository technologyDemands;
  @Autowired NominationRepository nominations;
  @Autowired NomineeRepository nominees;
  @Autowired DistrictRepository districts;

  TestData data;
  String city;
  String countyOfficial;
  SelectionRound round;
  SourceUnit firstUnit;
  Commissioner firstCommissioner;
  /** Per list, the keys (编号, 案件编号 or 申报编号) of the rows written in the county and in the other county. */
  Map<String, List<String>> own;
  Map<String, List<String>> others;
  Map<String, List<String>> first;
  /** The enterprise of the first dispatch, its contact, and the phone of the county's first service unit. */
  Enterprise firstEnterprise;
  String countyUnitPhone;

  /** A list: its JSON path, the key field in JSON and its column in the workbook, the file name. */
  record Listed(String path, String key, String keyHeader, String fileName) {
    String export() {
      int query = path.indexOf('?');
      return query < 0 ? path + "/export.xlsx" : path.substring(0, query) + "/export.xlsx" + path.substring(query);
    }
  }

  Listed enterprises() { return new Listed("/api/enterprises", "id", "编号", "企业.xlsx"); }
  Listed dispatches() { return new Listed("/api/dispatches", "id", "编号", "派驻服务.xlsx"); }
  Listed agreements() {
    return new Listed("/api/rounds/" + round.getRoundYear() + "/agreements", "id", "编号",
        round.getRoundYear() + "年派驻协议.xlsx");
  }
  Listed misconduct() { return new Listed("/api/misconduct-cases", "caseNumber", "案件编号", "违纪处理.xlsx"); }
  Listed projectList() { return new Listed("/api/project-applications", "applicationNo", "申报编号", "科技项目申报.xlsx"); }
  Listed commissioners() { return new Listed("/api/commissioners", "id", "编号", "专员信息库.xlsx"); }
  Listed experts() { return new Listed("/api/expert-members", "id", "编号", "科技专家库成员.xlsx"); }
  Listed serviceRecordList() { return new Listed("/api/service-records", "id", "编号", "服务记录.xlsx"); }
  Listed evaluationList() { return new Listed("/api/evaluations", "id", "编号", "年度考核.xlsx"); }

  /** The lists of a round or a district that are not paged: exported whole through their own method. */
  Listed serviceUnitsOf(String district, String districtName) {
    return new Listed("/api/rounds/" + round.getRoundYear() + "/districts/" + district + "/service-units", "id", "编号",
        round.getRoundYear() + "年服务单位-" + districtName + ".xlsx");
  }
  Listed demandList() {
    return new Listed("/api/rounds/" + round.getRoundYear() + "/demands", "id", "编号",
        round.getRoundYear() + "年技术需求.xlsx");
  }
  Listed nomineeList() {
    return new Listed("/api/rounds/" + round.getRoundYear() + "/nomination", "commissionerId", "专员编号",
        round.getRoundYear() + "年提名人选.xlsx");
  }
  Listed matchList() {
    return new Listed("/api/rounds/" + round.getRoundYear() + "/matches", "commissionerId", "专员编号",
        round.getRoundYear() + "年匹配结果.xlsx");
  }

  List<Listed> countyLists() {
    return List.of(enterprises(), dispatches(), agreements(), misconduct(), projectList(), serviceRecordList(),
        evaluationList());
  }

  List<Listed> allLists() {
    List<Listed> all = new ArrayList<>(countyLists());
    all.add(commissioners());
    all.add(experts());
    return all;
  }

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    city = data.cityOfficial();
    countyOfficial = data.districtOfficial(COUNTY);
    round = fixtures.signedRound(List.of(COUNTY, OTHER_COUNTY), LocalDate.of(2024, 9, 1));
    own = new HashMap<>();
    others = new HashMap<>();
    first = new HashMap<>();
    Nomination nomination = nominations.save(new Nomination(round, data.id("tm")));
    Map<String, DemandCollection> collections = new HashMap<>();
    for (String county : List.of(COUNTY, OTHER_COUNTY)) {
      collections.put(county, demandCollections.save(new DemandCollection(round.getId(),
          districts.findById(county).orElseThrow(), data.id("xq"))));
    }
    // two dispatches in the county, one in the other: each with its enterprise, a misconduct case, a project
    for (int i = 0; i < 3; i++) {
      String county = i < 2 ? COUNTY : OTHER_COUNTY;
      SourceUnit unit = data.sourceUnit();
      Commissioner commissioner = data.commissioner(unit);
      Enterprise enterprise = fixtures.enterprise(county);
      Dispatch dispatch = fixtures.dispatch(round, commissioner, county, LocalDate.of(2024, 9, 1), List.of(enterprise));
      MisconductCase misconductCase = misconductCases.save(new MisconductCase(dispatch, MisconductCategory.SOLICITING,
          "专员" + RARE + "多次要求企业将检测业务交由其所在单位承接，导出测试。", LocalDate.of(2025, 5, 20), "会议纪要一份",
          data.districtOfficial(county), ReporterRole.DISTRICT, null, Instant.now(), data.id("wj")));
      ProjectApplication project = projects.save(new ProjectApplication(2025, projects.highestSerialOf(2025) + 1,
          dispatch, enterprise, "导出测试联合项目" + RARE + i, ProjectCategory.SCIENCE_PLAN,
          industryGroups.getReferenceById("NEW_MATERIALS"), "研究内容：固废资源化利用的关键技术。", "目标：形成示范线一条。",
          new BigDecimal("100.00"), new BigDecimal("60.00"), 24, 1, commissioner.getUserId(), Instant.now(),
          data.id("xm")));
      ServiceRecord record = serviceRecords.save(new ServiceRecord(dispatch, enterprise, ServiceType.CONSULTING,
          LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 9), 2, 1, "现场诊断" + RARE + "窑炉能耗问题，导出测试。",
          commissioner.getUserId(), Instant.now(), data.id("fw")));
      Evaluation evaluation = evaluations.save(new Evaluation(dispatch, 1, data.id("kh")));
      nominees.save(new Nominee(nomination, commissioner, "符合选派条件" + RARE, city, Instant.now()));
      ServiceUnit screened = serviceUnits.save(new ServiceUnit(collections.get(county), enterprise, "规模以上，潜力大" + RARE,
          "联系人", data.districtOfficial(county), Instant.now()));
      TechnologyDemand demand = new TechnologyDemand(collections.get(county), "窑炉余热回收" + RARE + i,
          data.districtOfficial(county), Instant.now());
      demand.describe(screened, industryGroups.getReferenceById("NEW_MATERIALS"), IndustryCategory.LEADING,
          DemandType.TECH_PROBLEM, "需求描述：降低能耗。", "联合攻关");
      technologyDemands.save(demand);
      Map<String, String> written = new LinkedHashMap<>();
      written.put(serviceRecordList().path(), record.getId().toString());
      written.put(evaluationList().path(), evaluation.getId().toString());
      written.put(demandList().path(), demand.getId().toString());
      written.put(matchList().path(), commissioner.getId().toString());
      written.put(nomineeList().path(), commissioner.getId().toString());
      written.put(enterprises().path(), enterprise.getId().toString());
      written.put(dispatches().path(), dispatch.getId().toString());
      written.put(agreements().path(), dispatch.getAgreement().getId().toString());
      written.put(misconduct().path(), caseNumber(misconductCase.getId()));
      written.put(projectList().path(), applicationNo(project.getId()));
      Map<String, List<String>> ids = i < 2 ? own : others;
      written.forEach((path, key) -> ids.computeIfAbsent(path, p -> new ArrayList<>()).add(key));
      if (i == 0) {
        firstUnit = unit;
        firstCommissioner = commissioner;
        firstEnterprise = enterprise;
        countyUnitPhone = enterprise.getContactPhone();
        written.forEach((path, key) -> first.computeIfAbsent(path, p -> new ArrayList<>()).add(key));
      }
    }
  }

  /** The case number the JSON list shows for a case (read as the city). */
  String caseNumber(Long id) {
    return json(city, "/api/misconduct-cases/" + id).path("caseNumber").asText();
  }

  String applicationNo(Long id) {
    return json(city, "/api/project-applications/" + id).path("applicationNo").asText();
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  JsonNode json(String user, String path) {
    ResponseEntity<String> answer = as(user).getForEntity(path, String.class);
    assertThat(answer.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
    try {
      return JSON.readTree(answer.getBody());
    } catch (IOException e) {
      throw new AssertionError(answer.getBody(), e);
    }
  }

  ResponseEntity<byte[]> get(String user, String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    TestRestTemplate client = user == null ? rest : as(user);
    return client.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  /** The export of the list for the reader, answered 200 as an .xlsx attachment named as the list. */
  Workbook workbook(String user, Listed list) {
    ResponseEntity<byte[]> answer = get(user, list.export(), null);
    assertThat(answer.getStatusCode()).as(list.export()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString())
        .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment; filename*=UTF-8''");
    assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
        .isEqualTo(list.fileName());
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()));
    } catch (IOException e) {
      throw new AssertionError("not an .xlsx workbook: " + list.export(), e);
    }
  }

  static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    return headers;
  }

  /** The data rows as header → text shown. */
  static List<Map<String, String>> rows(Sheet sheet) {
    List<String> headers = headers(sheet);
    DataFormatter shown = new DataFormatter();
    List<Map<String, String>> rows = new ArrayList<>();
    for (int r = 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      Map<String, String> values = new LinkedHashMap<>();
      for (int c = 0; c < headers.size(); c++) {
        Cell cell = row.getCell(c);
        values.put(headers.get(c), cell == null ? "" : shown.formatCellValue(cell));
      }
      rows.add(values);
    }
    return rows;
  }

  static long total(ResponseEntity<?> answer) {
    return Long.parseLong(answer.getHeaders().getFirst("X-Total-Count"));
  }

  static String text(Object value) {
    return value == null ? "" : value instanceof Number n ? Long.toString(n.longValue()) : value.toString();
  }

  @Test
  @DisplayName("each export: Chinese file and sheet name, Chinese headers bold and frozen, as many rows as the JSON list's X-Total-Count, the same rows")
  void everyListAsTheJsonListHasIt() throws IOException {
    for (Listed list : allLists()) {
      long total = total(get(city, list.path() + "?size=1", null));
      List<String> jsonKeys = ApiPages.rows(as(city), list.path() + "?size=200").stream()
          .map(r -> text(r.get(list.key()))).toList();
      try (Workbook workbook = workbook(city, list)) {
        assertThat(workbook.getNumberOfSheets()).isOne();
        Sheet sheet = workbook.getSheetAt(0);
        assertThat(sheet.getSheetName() + ".xlsx").isEqualTo(list.fileName());
        assertThat(headers(sheet)).as(list.path()).contains(list.keyHeader())
            .allSatisfy(h -> assertThat(h).as("a Chinese header").matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]"));
        Cell headerCell = sheet.getRow(0).getCell(0);
        assertThat(workbook.getFontAt(headerCell.getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getPaneInformation()).isNotNull();
        assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
        assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(sheet.getColumnWidth(0)).isGreaterThanOrEqualTo((2 * list.keyHeader().length() + 2) * 256);
        List<Map<String, String>> rows = rows(sheet);
        assertThat((long) rows.size()).as("%s rows against X-Total-Count", list.path()).isEqualTo(total);
        assertThat(rows.stream().map(r -> r.get(list.keyHeader())).toList()).as(list.path())
            .containsExactlyElementsOf(jsonKeys);
        if (own.containsKey(list.path())) {
          assertThat(jsonKeys).containsAll(own.get(list.path())).containsAll(others.get(list.path()));
        }
      }
    }
  }

  @Test
  @DisplayName("dates are Excel dates shown yyyy-mm-dd, states their Chinese labels, rare characters and emoji intact")
  void cellsAsOfficialsReadThem() throws IOException {
    String dispatchId = first.get(dispatches().path()).get(0);
    try (Workbook workbook = workbook(city, dispatches())) {
      Sheet sheet = workbook.getSheetAt(0);
      Row row = null;
      for (int r = 1; r <= sheet.getLastRowNum() && row == null; r++) {
        if (new DataFormatter().formatCellValue(sheet.getRow(r).getCell(0)).equals(dispatchId)) {
          row = sheet.getRow(r);
        }
      }
      assertThat(row).as("dispatch %s in the export", dispatchId).isNotNull();
      int start = headers(sheet).indexOf("派驻开始日期");
      Cell termStart = row.getCell(start);
      assertThat(termStart.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(DateUtil.isCellDateFormatted(termStart)).isTrue();
      assertThat(termStart.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2024, 9, 1));
      assertThat(termStart.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
      assertThat(new DataFormatter().formatCellValue(termStart)).isEqualTo("2024-09-01");
      assertThat(row.getCell(headers(sheet).indexOf("状态")).getStringCellValue()).isEqualTo("派驻中");
      assertThat(row.getCell(headers(sheet).indexOf("派驻县区/园区")).getStringCellValue()).isEqualTo(COUNTY_NAME);
    }
    try (Workbook workbook = workbook(countyOfficial, misconduct())) {
      Map<String, String> row = rows(workbook.getSheetAt(0)).stream()
          .filter(r -> r.get("案件编号").equals(first.get(misconduct().path()).get(0))).findFirst().orElseThrow();
      assertThat(row.get("违纪事实")).contains("专员" + RARE + "多次要求");
      assertThat(row.get("违纪类别")).isEqualTo("强揽业务");
      assertThat(row.get("状态")).isEqualTo("已举报，待核实");
      assertThat(row.get("发生日期")).isEqualTo("2025-05-20");
      assertThat(row.get("举报人身份")).isEqualTo("县区/园区科技部门");
      assertThat(row.get("举报人已隐去")).isEqualTo("否");
    }
    try (Workbook workbook = workbook(countyOfficial, agreements())) {
      Map<String, String> row = rows(workbook.getSheetAt(0)).stream()
          .filter(r -> r.get("编号").equals(first.get(agreements().path()).get(0))).findFirst().orElseThrow();
      assertThat(row.get("状态")).isEqualTo("已签订");
      assertThat(row.get("专员级别")).isEqualTo("市级");
      assertThat(row.get("派驻开始日期")).isEqualTo("2024-09-01");
    }
    try (Workbook workbook = workbook(countyOfficial, enterprises())) {
      assertThat(rows(workbook.getSheetAt(0))).extracting(r -> r.get("企业规模")).contains("小型");
    }
    try (Workbook workbook = workbook(city, projectList())) {
      assertThat(rows(workbook.getSheetAt(0))).anySatisfy(r -> {
        assertThat(r.get("项目名称")).isEqualTo("导出测试联合项目" + RARE + "0");
        assertThat(r.get("项目类别")).matches(".*\\p{IsHan}.*");
        assertThat(r.get("专员级别")).isEqualTo("市级");
      });
    }
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 a county official's exports hold only their county's rows, as many as their JSON list's X-Total-Count")
  void countyOfficialExportsOnlyTheirCounty() throws IOException {
    for (Listed list : countyLists()) {
      long total = total(get(countyOfficial, list.path() + "?size=1", null));
      List<Map<String, Object>> jsonRows = ApiPages.rows(as(countyOfficial), list.path() + "?size=200");
      assertThat(jsonRows).as(list.path()).allSatisfy(r -> assertThat(r.get("districtCode")).isEqualTo(COUNTY));
      try (Workbook workbook = workbook(countyOfficial, list)) {
        List<Map<String, String>> rows = rows(workbook.getSheetAt(0));
        assertThat((long) rows.size()).as(list.path()).isEqualTo(total).isEqualTo(jsonRows.size());
        List<String> keys = rows.stream().map(r -> r.get(list.keyHeader())).toList();
        assertThat(keys).as(list.path()).containsAll(own.get(list.path()))
            .doesNotContainAnyElementsOf(others.get(list.path()))
            .containsExactlyElementsOf(jsonRows.stream().map(r -> text(r.get(list.key()))).toList());
        String districtHeader = rows.isEmpty() ? null
            : rows.get(0).containsKey("县区/园区") ? "县区/园区" : "派驻县区/园区";
        assertThat(rows).allSatisfy(r -> assertThat(r.get(districtHeader)).isEqualTo(COUNTY_NAME));
      }
    }
  }

  @Test
  @Tag("P-14")
  @DisplayName("P-14 a source unit exports only its own staff's dispatches, cases and projects, the reporter masked as in its JSON list")
  void sourceUnitExportsOnlyItsStaff() throws IOException {
    String unitOfficial = data.sourceUnitOfficial(firstUnit);
    for (Listed list : List.of(dispatches(), misconduct(), projectList(), serviceRecordList(), evaluationList())) {
      try (Workbook workbook = workbook(unitOfficial, list)) {
        List<Map<String, String>> rows = rows(workbook.getSheetAt(0));
        assertThat(rows).as(list.path()).hasSize((int) total(get(unitOfficial, list.path() + "?size=1", null)));
        assertThat(rows.stream().map(r -> r.get(list.keyHeader())).toList()).as(list.path())
            .containsExactlyElementsOf(first.get(list.path()));
        assertThat(rows).allSatisfy(r -> assertThat(r.get("专员")).isEqualTo(firstCommissioner.getName()));
      }
    }
    // the reporter: null and masked in the source unit's JSON list, so empty and 是 in its export
    JsonNode json = json(unitOfficial, "/api/misconduct-cases?size=200").get(0);
    assertThat(json.path("reporterUserId").isNull()).isTrue();
    assertThat(json.path("reporterMasked").asBoolean()).isTrue();
    try (Workbook workbook = workbook(unitOfficial, misconduct())) {
      Map<String, String> row = rows(workbook.getSheetAt(0)).get(0);
      assertThat(row.get("举报人")).isEmpty();
      assertThat(row.get("举报人身份")).isEmpty();
      assertThat(row.get("举报人已隐去")).isEqualTo("是");
    }
    // an enterprise list is empty for it, as its JSON list is
    assertThat(total(get(unitOfficial, "/api/enterprises?size=1", null))).isZero();
    try (Workbook workbook = workbook(unitOfficial, enterprises())) {
      assertThat(workbook.getSheetAt(0).getLastRowNum()).isZero();
      assertThat(headers(workbook.getSheetAt(0))).contains("企业名称", "联系电话");
    }
  }

  @Test
  @DisplayName("phone and resident ID masked in the export exactly as in the reader's JSON list: the source unit sees its own staff's, the county official no one's")
  void maskedAsInTheJsonList() throws IOException {
    String unitOfficial = data.sourceUnitOfficial(firstUnit);
    for (String reader : List.of(countyOfficial, unitOfficial, city)) {
      Map<String, Map<String, Object>> jsonById = new HashMap<>();
      ApiPages.rows(as(reader), "/api/commissioners?size=200").forEach(r -> jsonById.put(text(r.get("id")), r));
      try (Workbook workbook = workbook(reader, commissioners())) {
        List<Map<String, String>> rows = rows(workbook.getSheetAt(0));
        assertThat(rows).hasSize(jsonById.size());
        for (Map<String, String> row : rows) {
          Map<String, Object> json = jsonById.get(row.get("编号"));
          assertThat(row.get("手机号码")).as("phone of %s for %s", row.get("编号"), reader).isEqualTo(text(json.get("phone")));
          assertThat(row.get("身份证号码")).as("ID of %s for %s", row.get("编号"), reader)
              .isEqualTo(text(json.get("residentId")));
        }
        Map<String, String> mine = rows.stream().filter(r -> r.get("编号").equals(firstCommissioner.getId().toString()))
            .findFirst().orElseThrow();
        boolean sees = !reader.equals(countyOfficial);
        assertThat(mine.get("手机号码").equals(firstCommissioner.getPhone())).as("%s sees the phone", reader).isEqualTo(sees);
        assertThat(mine.get("身份证号码").equals(firstCommissioner.getResidentId())).as("%s sees the ID", reader)
            .isEqualTo(sees);
        assertThat(mine.get("手机号码")).isNotEmpty();
      }
    }
  }

  @Test
  @DisplayName("refused as the JSON list: anonymous 401, agreements 403 for a source unit, an unknown round or list 404 — problem+json in the caller's language")
  void refusedAsTheJsonList() {
    List<Listed> everyList = new ArrayList<>(allLists());
    everyList.addAll(roundLists());
    for (Listed list : everyList) {
      ResponseEntity<byte[]> anonymous = get(null, list.export(), null);
      assertThat(anonymous.getStatusCode()).as(list.export()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    String unitOfficial = data.sourceUnitOfficial(firstUnit);
    assertThat(get(unitOfficial, agreements().path(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    problem(get(unitOfficial, agreements().export(), null), HttpStatus.FORBIDDEN, "只有市科技局、流程管理员和县区科技部门可以查看协议");
    problem(get(unitOfficial, agreements().export(), "en"), HttpStatus.FORBIDDEN, "may read agreements");
    // also when the client asks for a workbook only
    HttpHeaders workbookOnly = new HttpHeaders();
    workbookOnly.set(HttpHeaders.ACCEPT, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    problem(as(unitOfficial).exchange(agreements().export(), HttpMethod.GET, new HttpEntity<>(workbookOnly), byte[].class),
        HttpStatus.FORBIDDEN, "只有市科技局、流程管理员和县区科技部门可以查看协议");
    problem(get(city, "/api/rounds/1999/agreements/export.xlsx", null), HttpStatus.NOT_FOUND, "1999 年没有进行中的选派轮次");
    problem(get(city, "/api/rounds/1999/agreements/export.xlsx", "en"), HttpStatus.NOT_FOUND, "no live selection round");
    ResponseEntity<byte[]> unknown = get(city, "/api/no-such-list/export.xlsx", null);
    assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(unknown.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    // a bad filter is named as by the JSON list
    ResponseEntity<byte[]> badLevel = get(city, "/api/dispatches/export.xlsx?level=COUNTY", "en");
    assertThat(badLevel.getStatusCode()).isEqualTo(get(city, "/api/dispatches?level=COUNTY", "en").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(new String(badLevel.getBody(), StandardCharsets.UTF_8)).contains("\"level\"");
  }

  static void problem(ResponseEntity<byte[]> answer, HttpStatus status, String message) {
    assertThat(answer.getStatusCode()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();
    String body = new String(answer.getBody(), StandardCharsets.UTF_8);
    assertThat(body).contains(message).doesNotContain("Exception");
  }

  @Test
  @DisplayName("the OpenAPI document describes each export with its .xlsx answer")
  void openApiDescribesTheExports() throws IOException {
    JsonNode paths = JSON.readTree(rest.getForEntity("/v3/api-docs", String.class).getBody()).path("paths");
    for (String path : List.of("/api/commissioners/export.xlsx", "/api/enterprises/export.xlsx",
        "/api/dispatches/export.xlsx", "/api/rounds/{year}/agreements/export.xlsx", "/api/misconduct-cases/export.xlsx",
        "/api/project-applications/export.xlsx", "/api/expert-members/export.xlsx", "/api/service-records/export.xlsx",
        "/api/evaluations/export.xlsx", "/api/rounds/{year}/districts/{districtCode}/service-units/export.xlsx",
        "/api/rounds/{year}/demands/export.xlsx", "/api/rounds/{year}/nomination/export.xlsx",
        "/api/rounds/{year}/matches/export.xlsx")) {
      JsonNode get = paths.path(path).path("get");
      assertThat(get.path("responses").path("200").path("content")
          .has("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")).as(path).isTrue();
      assertThat(get.path("responses").has("403")).as(path).isTrue();
      List<String> parameters = new ArrayList<>();
      get.path("parameters").forEach(p -> parameters.add(p.path("name").asText()));
      assertThat(parameters).as(path).doesNotContain("response", "page", "size");
    }
  }

  List<Listed> roundLists() {
    return List.of(serviceUnitsOf(COUNTY, COUNTY_NAME), demandList(), nomineeList(), matchList());
  }

  /** The JSON rows of a list that is not paged (the nominees are a field of the nomination). */
  List<Map<String, Object>> unpagedRows(String user, Listed list) {
    JsonNode json = json(user, list.path());
    JsonNode rows = json.isArray() ? json : json.path("nominees");
    return JSON.convertValue(rows, new com.fasterxml.jackson.core.type.TypeReference<List<Map<String, Object>>>() {});
  }

  /** The reader's export of a round's list: Chinese headers, the JSON list's rows in its order. */
  List<Map<String, String>> sameAsJson(String user, Listed list) throws IOException {
    List<String> jsonKeys = unpagedRows(user, list).stream().map(r -> text(r.get(list.key()))).toList();
    try (Workbook workbook = workbook(user, list)) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName() + ".xlsx").isEqualTo(list.fileName());
      assertThat(headers(sheet)).as(list.path()).contains(list.keyHeader())
          .allSatisfy(h -> assertThat(h).as("a Chinese header").matches(".*\\p{IsHan}.*").doesNotContainPattern("[A-Za-z]"));
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      List<Map<String, String>> rows = rows(sheet);
      assertThat(rows.stream().map(r -> r.get(list.keyHeader())).toList()).as("%s for %s", list.path(), user)
          .containsExactlyElementsOf(jsonKeys);
      return rows;
    }
  }

  @Test
  @DisplayName("service records and yearly evaluations: Chinese labels and dates, rare characters intact; an enterprise contact exports only their enterprise's records, a stranger none")
  void serviceRecordsAndEvaluations() throws IOException {
    String recordId = first.get(serviceRecordList().path()).get(0);
    try (Workbook workbook = workbook(city, serviceRecordList())) {
      Map<String, String> row = rows(workbook.getSheetAt(0)).stream().filter(r -> r.get("编号").equals(recordId))
          .findFirst().orElseThrow();
      assertThat(row.get("服务内容")).isEqualTo("现场诊断" + RARE + "窑炉能耗问题，导出测试。");
      assertThat(row.get("状态")).isEqualTo("待企业确认");
      assertThat(row.get("服务类型")).matches("\\p{IsHan}.*");
      assertThat(row.get("服务开始日期")).isEqualTo("2024-10-08");
      assertThat(row.get("服务天数")).isEqualTo("2");
      assertThat(row.get("服务年度")).isEqualTo("第1年");
      assertThat(row.get("县区/园区")).isEqualTo(COUNTY_NAME);
      assertThat(row.get("专员")).isEqualTo(firstCommissioner.getName());
      assertThat(row.get("服务企业")).isEqualTo(firstEnterprise.getName());
    }
    String evaluationId = first.get(evaluationList().path()).get(0);
    try (Workbook workbook = workbook(countyOfficial, evaluationList())) {
      Map<String, String> row = rows(workbook.getSheetAt(0)).stream().filter(r -> r.get("编号").equals(evaluationId))
          .findFirst().orElseThrow();
      assertThat(row.get("状态")).isEqualTo("待专员总结");
      assertThat(row.get("考核年度")).isEqualTo("第1服务年度");
      assertThat(row.get("专员级别")).isEqualTo("市级");
      assertThat(row.get("派出单位")).isEqualTo(firstUnit.getName());
      assertThat(row.get("派出单位已知悉")).isEqualTo("否");
    }
    // P-14: the enterprise's contact reads its own records only, as in its JSON list
    String contact = firstEnterprise.getContactUserId();
    try (Workbook workbook = workbook(contact, serviceRecordList())) {
      List<Map<String, String>> rows = rows(workbook.getSheetAt(0));
      assertThat((long) rows.size()).isEqualTo(total(get(contact, "/api/service-records?size=1", null)));
      assertThat(rows).extracting(r -> r.get("编号")).containsExactly(recordId);
    }
    // someone with no part in any dispatch: an empty list, so a header row only
    String stranger = data.user("stranger");
    for (Listed list : List.of(serviceRecordList(), evaluationList())) {
      assertThat(total(get(stranger, list.path() + "?size=1", null))).as(list.path()).isZero();
      try (Workbook workbook = workbook(stranger, list)) {
        assertThat(workbook.getSheetAt(0).getLastRowNum()).as(list.path()).isZero();
      }
    }
  }

  @Test
  @Tag("P-14")
  @DisplayName("a round's service units, demands, nominees and matches exported whole as their JSON lists read them: the city all, a county official their county's, a source unit its staff")
  void roundListsAsTheirJsonLists() throws IOException {
    List<String> allDemands = new ArrayList<>(own.get(demandList().path()));
    allDemands.addAll(others.get(demandList().path()));
    assertThat(sameAsJson(city, demandList())).extracting(r -> r.get("编号")).containsAll(allDemands);
    List<Map<String, String>> countyDemands = sameAsJson(countyOfficial, demandList());
    assertThat(countyDemands).extracting(r -> r.get("编号")).containsExactlyElementsOf(own.get(demandList().path()));
    assertThat(countyDemands).allSatisfy(r -> {
      assertThat(r.get("县区/园区")).isEqualTo(COUNTY_NAME);
      assertThat(r.get("需求名称")).startsWith("窑炉余热回收" + RARE);
      assertThat(r.get("需求类型")).isEqualTo("技术难题攻关");
      assertThat(r.get("需求类别")).isEqualTo("主导产业");
      assertThat(r.get("状态")).isEqualTo("县区填报中");
    });

    List<String> allMatched = new ArrayList<>(own.get(matchList().path()));
    allMatched.addAll(others.get(matchList().path()));
    assertThat(sameAsJson(city, matchList())).extracting(r -> r.get("专员编号")).containsExactlyInAnyOrderElementsOf(allMatched);
    List<Map<String, String>> countyMatches = sameAsJson(countyOfficial, matchList());
    assertThat(countyMatches).extracting(r -> r.get("专员编号")).containsExactlyInAnyOrderElementsOf(own.get(matchList().path()));
    assertThat(countyMatches).allSatisfy(r -> {
      assertThat(r.get("县区/园区")).isEqualTo(COUNTY_NAME);
      assertThat(r.get("状态")).isEqualTo("已确定");
      assertThat(r.get("产业组相同")).isEqualTo("是");
    });

    assertThat(sameAsJson(city, nomineeList())).extracting(r -> r.get("专员编号"))
        .containsExactlyInAnyOrderElementsOf(allMatched);
    List<Map<String, String>> staff = sameAsJson(data.sourceUnitOfficial(firstUnit), nomineeList());
    assertThat(staff).extracting(r -> r.get("专员编号")).containsExactly(firstCommissioner.getId().toString());
    assertThat(staff.get(0).get("资格审查")).isEqualTo("符合选派条件" + RARE);
    assertThat(staff.get(0).get("派出单位意见")).isEqualTo("待派出单位确认");
    assertThat(staff.get(0).get("级别")).isEqualTo("市级");

    // the service units of the county: the contact's phone full for the county and the city, masked for a
    // process manager, exactly as in each reader's JSON list
    String manager = data.user("pm", Groups.PROCESS_MANAGERS);
    for (String reader : List.of(countyOfficial, city, manager)) {
      Map<String, Map<String, Object>> json = new HashMap<>();
      unpagedRows(reader, serviceUnitsOf(COUNTY, COUNTY_NAME)).forEach(r -> json.put(text(r.get("id")), r));
      List<Map<String, String>> units = sameAsJson(reader, serviceUnitsOf(COUNTY, COUNTY_NAME));
      assertThat(units).hasSize(2).allSatisfy(r -> {
        assertThat(r.get("联系电话")).isEqualTo(text(json.get(r.get("编号")).get("contactPhone")));
        assertThat(r.get("联系电话")).isEqualTo(reader.equals(manager)
            ? ChineseIdentifiers.maskPhone(countyUnitPhone) : countyUnitPhone);
        assertThat(r.get("规模与发展潜力")).isEqualTo("规模以上，潜力大" + RARE);
        assertThat(r.get("企业规模")).isEqualTo("小型");
        assertThat(r.get("企业同意")).isEqualTo("是");
      });
    }
    assertThat(workbook(city, serviceUnitsOf(OTHER_COUNTY, districts.findById(OTHER_COUNTY).orElseThrow().getName()))
        .getSheetAt(0).getLastRowNum()).isOne();
  }

  @Test
  @DisplayName("a round's lists refused as their JSON lists: another county's service units, nominees for a county official, matches for a source unit 403; an unknown round 404 — in the caller's language")
  void roundListsRefusedAsTheirJsonLists() {
    String otherCountyName = districts.findById(OTHER_COUNTY).orElseThrow().getName();
    Listed otherUnits = serviceUnitsOf(OTHER_COUNTY, otherCountyName);
    assertThat(get(countyOfficial, otherUnits.path(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    problem(get(countyOfficial, otherUnits.export(), null), HttpStatus.FORBIDDEN, "您无权查看" + otherCountyName + "的数据");
    assertThat(get(countyOfficial, nomineeList().path(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    problem(get(countyOfficial, nomineeList().export(), null), HttpStatus.FORBIDDEN, "只有市科技局、流程管理员、会签部门和派出单位可以查看提名名单");
    String unitOfficial = data.sourceUnitOfficial(firstUnit);
    assertThat(get(unitOfficial, matchList().path(), null).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    problem(get(unitOfficial, matchList().export(), null), HttpStatus.FORBIDDEN, "只有市科技局、流程管理员和县区（园区）科技部门可以查看匹配结果");
    problem(get(unitOfficial, matchList().export(), "en"), HttpStatus.FORBIDDEN, "may read the matching");
    for (String path : List.of("/api/rounds/1999/demands/export.xlsx", "/api/rounds/1999/matches/export.xlsx",
        "/api/rounds/1999/nomination/export.xlsx", "/api/rounds/1999/districts/" + COUNTY + "/service-units/export.xlsx")) {
      problem(get(city, path, null), HttpStatus.NOT_FOUND, "1999 年没有进行中的选派轮次");
    }
    // a bad level is named as by the JSON list
    ResponseEntity<byte[]> badLevel = get(city, matchList().export() + "?level=COUNTY", "en");
    assertThat(badLevel.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(new String(badLevel.getBody(), StandardCharsets.UTF_8)).contains("\"level\"");
  }
}
