package cn.suzhou.shuanglian.export;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.round.SelectionRoundContract;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * Excel import of a district's service units and demands (issue 16): the templates (Chinese headers,
 * drop-down lists, 填写说明); a file filled in from the template saves every row, as the JSON list then
 * shows; bad rows save nothing and are named by Excel row and column header; files that are no .xlsx,
 * too large, too long or lack a column are refused naming {@code file}; another district's official is
 * refused as by the JSON POST. Limits made small here: 64 KB and 5 rows. On H2
 * ({@link ExcelImportOnH2Test}) and MariaDB ({@link ExcelImportOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "shuanglian.excel-import.max-file-size=64KB",
        "shuanglian.excel-import.max-rows=5"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class ExcelImportContract {

  static final String COUNTY = "341323";
  static final String OTHER_COUNTY = "341321";
  static final String RARE_NAME = "宿州𠮷祥😀新材料有限公司";
  static final ObjectMapper JSON = new ObjectMapper();

  static final List<String> SERVICE_UNIT_HEADERS = List.of("统一社会信用代码", "企业名称", "行业分组", "企业规模", "联系人",
      "联系电话", "符合国家和地方产业政策", "依法合规、正常经营", "规模、实力与发展潜力", "企业自愿接受专员服务（已征得企业同意）",
      "企业确认人（姓名、职务）");
  static final List<String> DEMAND_HEADERS = List.of("服务单位统一社会信用代码", "需求名称", "行业分组", "需求类别", "需求类型",
      "需求描述", "期望合作方式");

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired SelectionRoundRepository rounds;

  TestData data;
  String city;
  String official;
  String otherOfficial;
  String base;

  @BeforeEach
  void openRound() {
    data = new TestData(context);
    city = data.cityOfficial();
    official = data.districtOfficial(COUNTY);
    otherOfficial = data.districtOfficial(OTHER_COUNTY);
    int year = Rounds.freshYear(rounds);
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<String> started = as(city).exchange(
        "/engine-rest/process-definition/key/" + SelectionRoundContract.PROCESS_KEY + "/start", HttpMethod.POST,
        new HttpEntity<>(Map.of("variables", Map.of(
            SelectionRoundContract.ROUND_YEAR.name(), Map.of("value", year, "type", "Integer"),
            SelectionRoundContract.COLLECTION_DEADLINE.name(),
            Map.of("value", Rounds.deadlineInDays(30), "type", "String"))), headers), String.class);
    assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
    base = "/api/rounds/" + year + "/districts/" + COUNTY;
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  byte[] template(String list) throws IOException {
    ResponseEntity<byte[]> answer = as(official).getForEntity(base + "/" + list + "/template.xlsx", byte[].class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString()).isEqualTo(XlsxExport.MEDIA_TYPE);
    return answer.getBody();
  }

  static String fileName(ResponseEntity<?> answer) {
    String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment; filename*=UTF-8''");
    return URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8);
  }

  /** The template with these rows written under its headers (header → text). */
  byte[] filled(String list, List<Map<String, String>> rows) throws IOException {
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template(list)))) {
      Sheet sheet = workbook.getSheetAt(0);
      List<String> headers = headers(sheet);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        rows.get(r).forEach((header, value) -> row.createCell(headers.indexOf(header)).setCellValue(value));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      return out.toByteArray();
    }
  }

  static List<String> headers(Sheet sheet) {
    List<String> headers = new ArrayList<>();
    sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
    return headers;
  }

  static Map<String, String> serviceUnit(String creditCode, String name) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("统一社会信用代码", creditCode);
    row.put("企业名称", name);
    row.put("行业分组", "新材料");
    row.put("企业规模", "中型");
    row.put("联系人", "刘建华");
    row.put("联系电话", "13955710001");
    row.put("符合国家和地方产业政策", "是");
    row.put("依法合规、正常经营", "是");
    row.put("规模、实力与发展潜力", "年产新型墙材 60 万立方米，省级专精特新企业");
    row.put("企业自愿接受专员服务（已征得企业同意）", "是");
    row.put("企业确认人（姓名、职务）", "刘建华 总经理");
    return row;
  }

  static Map<String, String> demand(String creditCode, String title) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("服务单位统一社会信用代码", creditCode);
    row.put("需求名称", title);
    row.put("行业分组", "新材料");
    row.put("需求类别", "骨干企业");
    row.put("需求类型", "新产品研发");
    row.put("需求描述", "以煤矸石、粉煤灰为原料的蒸压砌块强度不稳定，需优化配方与养护工艺。");
    row.put("期望合作方式", "联合攻关");
    return row;
  }

  ResponseEntity<String> upload(String user, String list, byte[] content, String fileName, String language) {
    MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
    if (content != null) {
      parts.add("file", new ByteArrayResource(content) {
        @Override
        public String getFilename() {
          return fileName;
        }
      });
    } else {
      parts.add("other", "nothing");
    }
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.MULTIPART_FORM_DATA);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return as(user).exchange(base + "/" + list + "/import.xlsx", HttpMethod.POST, new HttpEntity<>(parts, headers),
        String.class);
  }

  JsonNode list(String user, String list) throws IOException {
    ResponseEntity<String> answer = as(user).getForEntity(base + "/" + list, String.class);
    assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    return JSON.readTree(answer.getBody());
  }

  static JsonNode problem(ResponseEntity<String> answer, HttpStatus status) throws IOException {
    assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    return JSON.readTree(answer.getBody());
  }

  /** The errors of a problem as field → message. */
  static Map<String, String> errors(JsonNode problem) {
    Map<String, String> errors = new LinkedHashMap<>();
    problem.path("errors").forEach(e -> errors.merge(e.path("field").asText(), e.path("message").asText(),
        (a, b) -> a + " " + b));
    return errors;
  }

  /** A valid credit code with a wrong check character. */
  static String wrongCheckCharacter(String creditCode) {
    String body = creditCode.substring(0, 17);
    for (char c : "0123456789ABCDEFGHJKLMNPQRTUWXY".toCharArray()) {
      if (c != creditCode.charAt(17)) {
        return body + c;
      }
    }
    throw new AssertionError();
  }

  /** A zip of one entry of this many zero bytes. */
  static byte[] zip(int unpacked) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
      zip.write(new byte[unpacked]);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  static List<String> choices(Sheet sheet, int column) {
    for (DataValidation validation : sheet.getDataValidations()) {
      for (CellRangeAddress range : validation.getRegions().getCellRangeAddresses()) {
        if (range.getFirstColumn() == column && range.getFirstRow() == 1) {
          assertThat(validation.getShowErrorBox()).isTrue();
          return Arrays.asList(validation.getValidationConstraint().getExplicitListValues());
        }
      }
    }
    return List.of();
  }

  @Test
  @Tag("P-10") @Tag("P-12")
  @DisplayName("the templates: Chinese file names and headers, drop-down lists of the Chinese choices, a sheet 填写说明")
  void templates() throws IOException {
    ResponseEntity<byte[]> answer = as(official).getForEntity(base + "/service-units/template.xlsx", byte[].class);
    assertThat(fileName(answer)).isEqualTo("服务单位筛选导入模板.xlsx");
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(answer.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("服务单位筛选");
      assertThat(headers(sheet)).containsExactlyElementsOf(SERVICE_UNIT_HEADERS);
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(choices(sheet, 2)).contains("新材料", "高端装备与智能制造", "新能源").hasSize(8);
      assertThat(choices(sheet, 3)).containsExactly("大型", "中型", "小型", "微型");
      assertThat(choices(sheet, 6)).containsExactly("是", "否");
      assertThat(choices(sheet, 9)).containsExactly("是", "否");
      Sheet guide = workbook.getSheet("填写说明");
      assertThat(guide).isNotNull();
      StringBuilder text = new StringBuilder();
      guide.forEach(row -> row.forEach(cell -> text.append(cell.getStringCellValue()).append('\n')));
      assertThat(text.toString()).contains("18 位统一社会信用代码", "11 位手机号码", "最多 5 行", "64 KB")
          .contains(SERVICE_UNIT_HEADERS).doesNotContain("\\d", "[0-9", "{18}", "^", "$");
    }
    ResponseEntity<byte[]> demands = as(city).getForEntity(base + "/demands/template.xlsx", byte[].class);
    assertThat(fileName(demands)).isEqualTo("技术需求征集导入模板.xlsx");
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(demands.getBody()))) {
      Sheet sheet = workbook.getSheetAt(0);
      assertThat(headers(sheet)).containsExactlyElementsOf(DEMAND_HEADERS);
      assertThat(choices(sheet, 3)).containsExactly("主导产业", "新兴产业", "骨干企业");
      assertThat(choices(sheet, 4)).containsExactly("技术难题攻关", "新产品研发", "科技成果转化", "共建转化平台", "人才引育与咨询诊断");
      assertThat(workbook.getSheet("填写说明")).isNotNull();
    }
  }

  @Test
  @Tag("P-10") @Tag("P-12")
  @DisplayName("a file filled in from the template saves every row, codes mapped back, rare characters and emoji intact; a bad demand file saves none")
  void goodFileSavesEveryRow() throws IOException {
    String first = data.creditCode();
    String second = data.creditCode();
    ResponseEntity<String> imported = upload(official, "service-units", filled("service-units", List.of(
        serviceUnit(first, RARE_NAME), serviceUnit(second, "宿州恒达新型建材有限公司"))), "服务单位.xlsx", null);
    assertThat(imported.getStatusCode()).as(imported.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode units = list(official, "service-units");
    assertThat(units).hasSize(2);
    JsonNode unit = units.get(0);
    assertThat(unit.path("creditCode").asText()).isEqualTo(first);
    assertThat(unit.path("name").asText()).isEqualTo(RARE_NAME);
    assertThat(unit.path("industryGroupCode").asText()).isEqualTo("NEW_MATERIALS");
    assertThat(unit.path("scale").asText()).isEqualTo("MEDIUM");

    Map<String, String> otherType = demand(first, "类型不明的需求");
    otherType.put("需求类型", "其他");
    Map<String, String> notListed = demand(data.creditCode(), "未筛选企业的需求");
    Map<String, String> demandErrors = errors(problem(upload(official, "demands", filled("demands",
        List.of(otherType, notListed)), "技术需求.xlsx", null), HttpStatus.BAD_REQUEST));
    assertThat(demandErrors).containsOnlyKeys("第 2 行 · 需求类型", "第 3 行 · 服务单位统一社会信用代码");
    assertThat(demandErrors.get("第 2 行 · 需求类型")).contains("其他", "技术难题攻关").doesNotContain("TECH_PROBLEM");
    assertThat(list(official, "demands")).isEmpty();

    ResponseEntity<String> demands = upload(city, "demands", filled("demands", List.of(
        demand(first, "固废基新型墙材强度提升"), demand(second, "智能产线改造"))), "技术需求.xlsx", null);
    assertThat(demands.getStatusCode()).as(demands.getBody()).isEqualTo(HttpStatus.CREATED);
    JsonNode saved = list(official, "demands");
    assertThat(saved).hasSize(2);
    assertThat(saved.get(0).path("title").asText()).isEqualTo("固废基新型墙材强度提升");
    assertThat(saved.get(0).path("industryCategory").asText()).isEqualTo("BACKBONE");
    assertThat(saved.get(0).path("demandType").asText()).isEqualTo("PRODUCT_DEVELOPMENT");
  }

  @Test
  @Tag("P-10")
  @DisplayName("three bad rows (check character, consent 否, unknown 行业分组): nothing saved, each named by Excel row and column")
  void badRowsSaveNothing() throws IOException {
    Map<String, String> badCode = serviceUnit(wrongCheckCharacter(data.creditCode()), "校验位错误企业");
    Map<String, String> noConsent = serviceUnit(data.creditCode(), "未同意企业");
    noConsent.put("企业自愿接受专员服务（已征得企业同意）", "否");
    Map<String, String> unknownGroup = serviceUnit(data.creditCode(), "行业不明企业");
    unknownGroup.put("行业分组", "航空航天");
    byte[] file = filled("service-units", List.of(serviceUnit(data.creditCode(), "合格企业"), badCode, noConsent,
        unknownGroup));

    Map<String, String> errors = errors(problem(upload(official, "service-units", file, "服务单位.xlsx", null),
        HttpStatus.BAD_REQUEST));
    assertThat(errors).containsOnlyKeys("第 3 行 · 统一社会信用代码", "第 4 行 · 企业自愿接受专员服务（已征得企业同意）",
        "第 5 行 · 行业分组");
    assertThat(errors.get("第 3 行 · 统一社会信用代码")).startsWith("第 3 行「统一社会信用代码」：").contains("校验");
    assertThat(errors.get("第 4 行 · 企业自愿接受专员服务（已征得企业同意）")).contains("P-10");
    assertThat(errors.get("第 5 行 · 行业分组")).contains("航空航天", "新材料").doesNotContain("NEW_MATERIALS");
    assertThat(list(official, "service-units")).isEmpty();

    Map<String, String> english = errors(problem(upload(official, "service-units", file, "服务单位.xlsx", "en"),
        HttpStatus.BAD_REQUEST));
    assertThat(english).containsKey("row 3 · 统一社会信用代码");
    assertThat(english.get("row 4 · 企业自愿接受专员服务（已征得企业同意）")).startsWith("Row 4, ").contains("consent");
    assertThat(list(official, "service-units")).isEmpty();
  }

  @Test
  @DisplayName("not an .xlsx (a text file renamed, an .xls, no file), too large, too long, a column renamed: 400 naming file")
  void filesRefusedAsAWhole() throws IOException {
    JsonNode text = problem(upload(official, "service-units", "统一社会信用代码,企业名称\n".getBytes(StandardCharsets.UTF_8),
        "服务单位.xlsx", null), HttpStatus.BAD_REQUEST);
    assertThat(errors(text)).containsOnlyKeys("file");
    assertThat(errors(text).get("file")).contains(".xlsx");

    byte[] xls = new byte[1024];
    System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
        (byte) 0xE1}, 0, xls, 0, 8);
    JsonNode old = problem(upload(official, "service-units", xls, "服务单位.xls", "en"), HttpStatus.BAD_REQUEST);
    assertThat(errors(old).get("file")).contains(".xls", "save it as .xlsx");

    assertThat(errors(problem(upload(official, "service-units", null, null, null), HttpStatus.BAD_REQUEST)))
        .containsOnlyKeys("file");
    assertThat(errors(problem(upload(official, "service-units", new byte[0], "空.xlsx", null), HttpStatus.BAD_REQUEST)))
        .containsOnlyKeys("file");

    byte[] large = new byte[70 * 1024];
    new Random(16).nextBytes(large);
    JsonNode tooLarge = problem(upload(official, "service-units", large, "服务单位.xlsx", null), HttpStatus.BAD_REQUEST);
    assertThat(errors(tooLarge).get("file")).contains("64 KB");

    // a small file that unpacks to far more than the limit allows, and a zip that is no workbook
    JsonNode bomb = problem(upload(official, "service-units", zip(2 * 1024 * 1024), "服务单位.xlsx", null),
        HttpStatus.BAD_REQUEST);
    assertThat(errors(bomb).get("file")).contains("64 KB");
    JsonNode plainZip = problem(upload(official, "service-units", zip(100), "服务单位.xlsx", null),
        HttpStatus.BAD_REQUEST);
    assertThat(errors(plainZip).get("file")).contains(".xlsx");

    List<Map<String, String>> six = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      six.add(serviceUnit(data.creditCode(), "企业" + i));
    }
    JsonNode tooLong = problem(upload(official, "service-units", filled("service-units", six), "服务单位.xlsx", null),
        HttpStatus.BAD_REQUEST);
    assertThat(errors(tooLong).get("file")).contains("5 行");

    byte[] renamed;
    try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(filled("service-units",
        List.of(serviceUnit(data.creditCode(), "改了列名的企业")))))) {
      workbook.getSheetAt(0).getRow(0).getCell(5).setCellValue("电话");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      renamed = out.toByteArray();
    }
    JsonNode missing = problem(upload(official, "service-units", renamed, "服务单位.xlsx", null), HttpStatus.BAD_REQUEST);
    assertThat(errors(missing).get("file")).contains("联系电话");
    assertThat(list(official, "service-units")).isEmpty();
  }

  @Test
  @DisplayName("another district's official: 403 on the templates and the imports, as the JSON POST; nothing saved")
  void otherDistrictRefused() throws IOException {
    byte[] file = filled("service-units", List.of(serviceUnit(data.creditCode(), "越权导入企业")));
    problem(upload(otherOfficial, "service-units", file, "服务单位.xlsx", null), HttpStatus.FORBIDDEN);
    problem(upload(otherOfficial, "demands", filled("demands", List.of(demand(data.creditCode(), "越权需求"))),
        "技术需求.xlsx", null), HttpStatus.FORBIDDEN);
    assertThat(as(otherOfficial).getForEntity(base + "/service-units/template.xlsx", String.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.getForEntity(base + "/service-units/template.xlsx", String.class).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(list(official, "service-units")).isEmpty();
  }
}
