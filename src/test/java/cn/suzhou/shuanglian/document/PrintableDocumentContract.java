package cn.suzhou.shuanglian.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationRepository;
import cn.suzhou.shuanglian.evaluation.Grade;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.project.ProjectApplication;
import cn.suzhou.shuanglian.project.ProjectApplicationRepository;
import cn.suzhou.shuanglian.project.ProjectCategory;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnitRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnitType;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * The printable documents (issue 16) opened with PDFBox: an A4 PDF that parses, whose extracted text holds
 * the parties' Chinese names, whose fonts are all embedded subsets (it prints on a machine without any CJK
 * font), named in Chinese in Content-Disposition; the readers of the JSON record it is printed from, and
 * no one else (403); 404 for an unknown record; 409 while the record is not final, in the caller's
 * language. A source unit named with rare ideographs outside the fonts (𠮷𡒄) and an emoji print as 〓.
 * The first page of each document is rendered to {@code target/screenshots/documents/} (the README's images).
 * On H2 ({@link PrintableDocumentOnH2Test}) and MariaDB ({@link PrintableDocumentOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class PrintableDocumentContract {

  /** 泗县, and another district. */
  static final String COUNTY = "341324";
  static final String COUNTY_NAME = "泗县";
  static final String OTHER_COUNTY = "SMPARK";
  static final String RARE = "𠮷𡒄😀";
  static final ObjectMapper JSON = new ObjectMapper();
  static final Path SCREENSHOTS = Path.of("target", "screenshots", "documents");

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired SourceUnitRepository sourceUnits;
  @Autowired AgreementRepository agreements;
  @Autowired EvaluationRepository evaluations;
  @Autowired ProjectApplicationRepository projects;
  @Autowired IndustryGroupRepository industryGroups;

  TestData data;
  DispatchFixtures fixtures;
  String city;
  String countyOfficial;
  String otherCountyOfficial;
  String unitOfficial;
  String otherUnitOfficial;
  SourceUnit unit;
  Commissioner commissioner;
  Enterprise enterprise;
  Dispatch dispatch;
  SelectionRound round;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    city = data.cityOfficial();
    countyOfficial = data.districtOfficial(COUNTY);
    otherCountyOfficial = data.districtOfficial(OTHER_COUNTY);
    String code = data.id("su");
    unit = sourceUnits.save(new SourceUnit(code, RARE + "测试研究院" + code, SourceUnitType.RESEARCH_INSTITUTE, true,
        "宿州市", new BigDecimal("33.630000"), new BigDecimal("117.020000")));
    unitOfficial = data.sourceUnitOfficial(unit);
    otherUnitOfficial = data.sourceUnitOfficial(data.sourceUnit());
    commissioner = data.commissioner(unit);
    enterprise = fixtures.enterprise(COUNTY);
    round = fixtures.signedRound(List.of(COUNTY, OTHER_COUNTY), LocalDate.of(2024, 9, 1));
    dispatch = fixtures.dispatch(round, commissioner, COUNTY, LocalDate.of(2024, 9, 1), List.of(enterprise));
  }

  TestRestTemplate as(String user) {
    return rest.withBasicAuth(user, TestData.PASSWORD);
  }

  ResponseEntity<byte[]> get(String user, String path, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return (user == null ? rest : as(user)).exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  /** The document answered 200 to the reader as a PDF attachment of that name, parsed. */
  PDDocument pdf(String user, String path, String fileName) throws IOException {
    ResponseEntity<byte[]> answer = get(user, path, null);
    assertThat(answer.getStatusCode()).as(path + " as " + user).isEqualTo(HttpStatus.OK);
    assertThat(answer.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    String disposition = answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION);
    assertThat(disposition).startsWith("attachment; filename*=UTF-8''");
    assertThat(URLDecoder.decode(disposition.substring(disposition.indexOf("''") + 2), StandardCharsets.UTF_8))
        .isEqualTo(fileName);
    return Loader.loadPDF(answer.getBody());
  }

  static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
  }

  /** Every font of every page is embedded, as a subset (a six-letter tag before its name), and it has Chinese. */
  static void fontsEmbeddedAsSubsets(PDDocument pdf) throws IOException {
    List<String> names = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
      assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
      for (COSName name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        assertThat(font).isInstanceOf(PDType0Font.class);
        assertThat(font.isEmbedded()).as(font.getName()).isTrue();
        assertThat(font.getName()).as("a subset's name").matches("[A-Z]{6}\\+.+");
        assertThat(((PDType0Font) font).getDescendantFont().getFontDescriptor().getFontFile2()).isNotNull();
        names.add(font.getName());
      }
    }
    assertThat(names).anyMatch(n -> n.endsWith("+DroidSansFallback"));
  }

  /** Page one rendered at 100 dpi, for the README. */
  static void render(PDDocument pdf, String name) throws IOException {
    BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 100);
    Files.createDirectories(SCREENSHOTS);
    ImageIO.write(image, "png", SCREENSHOTS.resolve(name).toFile());
  }

  static void problem(ResponseEntity<byte[]> answer, HttpStatus status, String message) {
    assertThat(answer.getStatusCode()).isEqualTo(status);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).isNull();
    assertThat(new String(answer.getBody(), StandardCharsets.UTF_8)).contains(message).doesNotContain("Exception");
  }

  String agreementPath() {
    return "/api/dispatches/" + dispatch.getId() + "/agreement.pdf";
  }

  @Test
  @DisplayName("派驻协议书 of a dispatch: parses, names the four parties in Chinese, term and duties, fonts embedded as subsets; rare ideographs as 〓")
  @Tag("P-09") @Tag("P-12") @Tag("P-15")
  void dispatchAgreement() throws IOException {
    Agreement agreement = dispatch.getAgreement();
    String fileName = "派驻协议书（" + agreement.getAgreementNo() + "）.pdf";
    try (PDDocument pdf = pdf(city, agreementPath(), fileName)) {
      String text = text(pdf);
      assertThat(text).contains("宿州市双链融合专员派驻协议书", "协议编号：" + agreement.getAgreementNo(),
          "甲方（派驻单位）：" + COUNTY_NAME + "科技主管部门", "乙方（双链融合专员）：" + commissioner.getName(),
          "丙方（派出单位）：〓〓〓测试研究院" + unit.getCode(), "丁方（管理单位）：宿州市科学技术局",
          "自2024年9月1日起至2026年8月31日止", "每年服务时间不少于一个月", "建立企业出题，高校院所等解题工作机制",
          "共建成果转化或技术转移平台", "一式四份");
      fontsEmbeddedAsSubsets(pdf);
      render(pdf, "pdf-agreement.png");
    }
    // the readers of GET /api/dispatches/{id}: the district, the source unit, the commissioner
    for (String reader : List.of(countyOfficial, unitOfficial, commissioner.getUserId())) {
      try (PDDocument pdf = pdf(reader, agreementPath(), fileName)) {
        assertThat(text(pdf)).contains(commissioner.getName());
      }
    }
  }

  @Test
  @DisplayName("派驻协议书 refused as the dispatch's JSON record: another district or source unit 403, unknown 404, anonymous 401")
  @Tag("P-14")
  void dispatchAgreementRefused() {
    for (String stranger : List.of(otherCountyOfficial, otherUnitOfficial)) {
      assertThat(get(stranger, "/api/dispatches/" + dispatch.getId(), null).getStatusCode())
          .isEqualTo(HttpStatus.FORBIDDEN);
      problem(get(stranger, agreementPath(), null), HttpStatus.FORBIDDEN, "只有市科技局、所在县区、派出单位");
    }
    problem(get(otherCountyOfficial, agreementPath(), "en"), HttpStatus.FORBIDDEN, "only the City S&T Bureau");
    // also when the client accepts a PDF only
    HttpHeaders pdfOnly = new HttpHeaders();
    pdfOnly.set(HttpHeaders.ACCEPT, "application/pdf");
    problem(as(otherCountyOfficial).exchange(agreementPath(), HttpMethod.GET, new HttpEntity<>(pdfOnly), byte[].class),
        HttpStatus.FORBIDDEN, "只有市科技局、所在县区、派出单位");
    problem(get(city, "/api/dispatches/987654321/agreement.pdf", null), HttpStatus.NOT_FOUND, "派驻记录 987654321 不存在");
    assertThat(get(null, agreementPath(), null).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("派驻协议书 of a round's agreement: the city and its district print it once signed; 409 before, 403 for others, 404 unknown")
  @Tag("P-12")
  void roundAgreement() throws IOException {
    Agreement signed = dispatch.getAgreement();
    String path = "/api/agreements/" + signed.getId() + "/agreement.pdf";
    for (String reader : List.of(city, countyOfficial)) {
      try (PDDocument pdf = pdf(reader, path, "派驻协议书（" + signed.getAgreementNo() + "）.pdf")) {
        assertThat(text(pdf)).contains(commissioner.getName(), COUNTY_NAME);
        fontsEmbeddedAsSubsets(pdf);
      }
    }
    // as GET /api/rounds/{year}/agreements: a source unit and another district do not read agreements
    problem(get(unitOfficial, path, null), HttpStatus.FORBIDDEN, "只有市科技局、流程管理员和" + COUNTY_NAME + "科技主管部门");
    problem(get(otherCountyOfficial, path, "en"), HttpStatus.FORBIDDEN, "only the City S&T Bureau");
    problem(get(city, "/api/agreements/987654321/agreement.pdf", null), HttpStatus.NOT_FOUND, "派驻协议 987654321 不存在");
    problem(get(city, "/api/agreements/987654321/agreement.pdf", "en"), HttpStatus.NOT_FOUND,
        "Agreement 987654321 does not exist");
    // not signed yet: the commissioner has not answered
    Agreement pending = agreements.save(new Agreement(fixtures.finalMatch(round, data.commissioner(data.sourceUnit()),
        COUNTY), null));
    String pendingPath = "/api/agreements/" + pending.getId() + "/agreement.pdf";
    problem(get(countyOfficial, pendingPath, null), HttpStatus.CONFLICT, "当前状态为「待专员确认」，协议签订后（P-12）才能打印");
    problem(get(countyOfficial, pendingPath, "en"), HttpStatus.CONFLICT, "can be printed once it is signed (P-12)");
  }

  Evaluation evaluation(int serviceYear, boolean approved) {
    Evaluation evaluation = new Evaluation(dispatch, serviceYear, data.id("pi"));
    evaluation.tally(null, 36, 12, null, 4);
    evaluation.summarise("全年走访企业十二次，促成合作两项。");
    evaluation.score(new BigDecimal("92"), new BigDecimal("90"), new BigDecimal("95"), new BigDecimal("88"),
        new BigDecimal("91.5"), true, false, null, "服务主动，成效明显。", countyOfficial, Instant.now());
    evaluation.graded(Grade.EXCELLENT);
    if (approved) {
      evaluation.approve(city, "同意评定为优秀。", LocalDate.of(2025, 9, 20).atStartOfDay(OfficialDocument.CHINA).toInstant());
    }
    return evaluations.save(evaluation);
  }

  @Test
  @DisplayName("考核结果通知: addressed to the source unit with grade, year and score; 409 before the city approves; 403 for others; 404 unknown")
  @Tag("P-18")
  void evaluationNotice() throws IOException {
    Evaluation approved = evaluation(1, true);
    String path = "/api/evaluations/" + approved.getId() + "/notice.pdf";
    String fileName = "考核结果通知（" + commissioner.getName() + "第1服务年度）.pdf";
    try (PDDocument pdf = pdf(city, path, fileName)) {
      String text = text(pdf);
      assertThat(text).contains("双链融合专员年度考核结果通知", "〓〓〓测试研究院" + unit.getCode() + "：",
          "双链融合专员" + commissioner.getName() + "同志", COUNTY_NAME, "第1服务年度（2024年9月1日至2025年8月31日）",
          "综合得分91.50分", "考核等次优秀", "确认服务天数36天", "宿州市科学技术局2025年9月20日");
      fontsEmbeddedAsSubsets(pdf);
      render(pdf, "pdf-evaluation-notice.png");
    }
    for (String reader : List.of(countyOfficial, unitOfficial)) {
      try (PDDocument pdf = pdf(reader, path, fileName)) {
        assertThat(text(pdf)).contains("考核等次优秀");
      }
    }
    problem(get(otherCountyOfficial, path, null), HttpStatus.FORBIDDEN, "只有市科技局、所在县区、派出单位");
    problem(get(otherUnitOfficial, path, "en"), HttpStatus.FORBIDDEN, "only the City S&T Bureau");
    problem(get(city, "/api/evaluations/987654321/notice.pdf", null), HttpStatus.NOT_FOUND, "年度考核 987654321 不存在");
    String scoredPath = "/api/evaluations/" + evaluation(2, false).getId() + "/notice.pdf";
    problem(get(unitOfficial, scoredPath, null), HttpStatus.CONFLICT, "当前状态为「待市科技局审定」");
    problem(get(unitOfficial, scoredPath, "en"), HttpStatus.CONFLICT, "once the City S&T Bureau has approved the grade");
  }

  /** A joint project of the year (one a year for the commissioner and the enterprise, P-19). */
  ProjectApplication project(int year, boolean approved) {
    ProjectApplication project = projects.save(new ProjectApplication(year, projects.highestSerialOf(year) + 1,
        dispatch, enterprise,
        "煤矸石基绿色墙体材料关键技术研究" + RARE, ProjectCategory.SCIENCE_PLAN,
        industryGroups.getReferenceById("NEW_MATERIALS"), "研究内容：煤矸石资源化利用制备高性能墙体材料的关键技术。",
        "目标：建成示范生产线一条，申请发明专利两项。", new BigDecimal("120.00"), new BigDecimal("80.00"), 24, 1,
        commissioner.getUserId(), Instant.now(), data.id("xm")));
    if (approved) {
      project.recordConditions(true, "符合市科技计划项目申报条件。", city, Instant.now());
      project.recordAverageScore(new BigDecimal("86.5"));
      project.decide(true, "同意立项。", true, "成果转化前景好。", city,
          LocalDate.of(2025, 6, 18).atStartOfDay(OfficialDocument.CHINA).toInstant());
      project = projects.save(project);
    }
    return project;
  }

  String applicationNo(Long id) throws IOException {
    ResponseEntity<String> answer = as(city).getForEntity("/api/project-applications/" + id, String.class);
    JsonNode json = JSON.readTree(answer.getBody());
    return json.path("applicationNo").asText();
  }

  @Test
  @DisplayName("联合项目推荐表 of an approved project: number, parties and decision; 409 before approval; 403 for others; 404 unknown")
  @Tag("P-19")
  void projectRecommendation() throws IOException {
    ProjectApplication approved = project(2025, true);
    String no = applicationNo(approved.getId());
    String path = "/api/project-applications/" + approved.getId() + "/recommendation.pdf";
    try (PDDocument pdf = pdf(city, path, "联合项目推荐表（" + no + "）.pdf")) {
      String text = text(pdf);
      assertThat(text).contains("双链融合专员联合科技项目推荐表", no, "煤矸石基绿色墙体材料关键技术研究〓〓〓",
          commissioner.getName(), enterprise.getName(), enterprise.getCreditCode(), "〓〓〓测试研究院" + unit.getCode(),
          COUNTY_NAME, "120.00万元", "80.00万元", "24个月", "86.50分", "同意立项", "择优推荐申报省级项目",
          "2025年6月18日");
      fontsEmbeddedAsSubsets(pdf);
      render(pdf, "pdf-project-recommendation.png");
    }
    for (String reader : List.of(countyOfficial, unitOfficial, commissioner.getUserId(), enterprise.getContactUserId())) {
      try (PDDocument pdf = pdf(reader, path, "联合项目推荐表（" + no + "）.pdf")) {
        assertThat(text(pdf)).contains(no);
      }
    }
    problem(get(otherCountyOfficial, path, null), HttpStatus.FORBIDDEN, "只有市科技局、流程管理员、申报专员本人");
    problem(get(otherUnitOfficial, path, null), HttpStatus.FORBIDDEN, "只有市科技局、流程管理员、申报专员本人");
    problem(get(city, "/api/project-applications/987654321/recommendation.pdf", null), HttpStatus.NOT_FOUND,
        "987654321");
    ProjectApplication submitted = project(2026, false);
    String submittedNo = applicationNo(submitted.getId());
    String submittedPath = "/api/project-applications/" + submitted.getId() + "/recommendation.pdf";
    problem(get(countyOfficial, submittedPath, null), HttpStatus.CONFLICT,
        "申报 " + submittedNo + " 当前状态为「已申报」，立项后（P-19）才能打印联合项目推荐表");
    problem(get(countyOfficial, submittedPath, "en"), HttpStatus.CONFLICT, "once the project is approved (P-19)");
  }

  @Test
  @DisplayName("the OpenAPI document describes each document with its application/pdf answer and its refusals")
  void openApiDescribesTheDocuments() throws IOException {
    JsonNode paths = JSON.readTree(rest.getForEntity("/v3/api-docs", String.class).getBody()).path("paths");
    for (Map.Entry<String, String> document : Map.of(
        "/api/dispatches/{id}/agreement.pdf", "404",
        "/api/agreements/{id}/agreement.pdf", "409",
        "/api/evaluations/{id}/notice.pdf", "409",
        "/api/project-applications/{id}/recommendation.pdf", "409").entrySet()) {
      JsonNode answers = paths.path(document.getKey()).path("get").path("responses");
      assertThat(answers.path("200").path("content").has("application/pdf")).as(document.getKey()).isTrue();
      assertThat(answers.has("403")).as(document.getKey()).isTrue();
      assertThat(answers.has(document.getValue())).as(document.getKey()).isTrue();
    }
  }
}
