package cn.suzhou.shuanglian.browser;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.DEMANDS;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SERVICE_UNITS;
import static cn.suzhou.shuanglian.demand.DemandCollectionContract.SUBMIT_CONFIRMED;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementSigningContract;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchContract;
import cn.suzhou.shuanglian.dispatch.DispatchService;
import cn.suzhou.shuanglian.evaluation.EvaluationScheme;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRepository;
import cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract;
import cn.suzhou.shuanglian.expert.ExpertApplicationContract;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.misconduct.MisconductCategory;
import cn.suzhou.shuanglian.misconduct.MisconductContract;
import cn.suzhou.shuanglian.misconduct.MisconductMeasure;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.demand.DemandCollectionContract;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.matching.MatchRow;
import cn.suzhou.shuanglian.matching.MatchingContract;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.project.ProjectApplicationContract;
import cn.suzhou.shuanglian.round.SelectionRoundContract;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordContract;
import cn.suzhou.shuanglian.support.DemandRows;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.EnglishChromium;
import cn.suzhou.shuanglian.support.RequiresChromium;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * Officials see Chinese only (issue 15), proven on a PC that is not set up in Chinese: headless
 * Chromium with the operating system's locale en_US and an English browser that only asks sites for
 * {@code zh-CN}. The walk logs in as each party and opens every task form of a selection round (to
 * the agreements), of a service record, of a joint project and of an evaluation scheme, and the start
 * dialogs; a second walk every task form after the round: the agreements, a dispatch's two service
 * years (reminders, yearly evaluations, renewal opinions, renewal, its endings), a misconduct case and
 * an expert application. Each form is submitted once as it opens (empty where the official has not
 * filled it) so that the validation messages show. On every screen the visible text (and the placeholders) is
 * searched for English words; the only ones allowed are the product footer's ({@link #ALLOWED}). The
 * count per screen is printed; screenshots of every screen go to target/screenshots/walk/.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // a database of its own: the walk reads whole screens (全部案件 lists every open task), so cases and
    // users other test classes leave in the shared test database ("city 测试" as an assignee) must not
    // show up on them; an official's screen holds the programme's own data only
    properties = {"camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:chinese-walk;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("P-01") @Tag("P-12") @Tag("P-15") @Tag("P-18") @Tag("P-19")
@DisplayName("Tasklist 只有中文：英文系统、英文浏览器（仅 Accept-Language: zh-CN）走完整个轮次、服务记录、项目申报、考核制度，以及协议、派驻、年度考核、违纪处理和专家入库")
class ChineseOnlyWalkBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots", "walk");
  static final String FORM = "[cam-tasklist-form-camunda]";
  static final String YONGQIAO = "341302";
  /** English words allowed on officials' screens: the product footer's name ("基于 Camunda Platform / v7.24.0"). */
  static final Set<String> ALLOWED = Set.of("Camunda", "Platform");
  static final Pattern ENGLISH_WORD = Pattern.compile("(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])");
  /** Per screen: the English words found (printed at the end of the class). */
  static final Map<String, List<String>> FOUND = new LinkedHashMap<>();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired TestRestTemplate rest;
  @Autowired ManagementService managementService;
  @Autowired EvaluationSchemeRepository schemes;

  TestData data;
  ChromeDriver browser;
  WebDriverWait wait;
  String loggedIn;
  final Map<String, String> userOfGroup = new HashMap<>();
  final Set<String> visited = new LinkedHashSet<>();
  /** Numbered across the class: the walks of all methods share target/screenshots/walk/ and the printed table. */
  static int screenNumber;
  int givenNames;

  @BeforeEach
  void startBrowser() {
    data = new TestData(context);
    browser = EnglishChromium.start(1400, 1000);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser(TestInfo test) throws IOException {
    ClockUtil.reset();
    if (browser != null) {
      String last = "99-last-" + test.getTestMethod().orElseThrow().getName();
      shoot(last);
      Files.writeString(SCREENSHOTS.resolve(last + ".html"), browser.getPageSource());
      try {
        browser.manage().logs().get("browser").getAll().stream()
            .filter(entry -> entry.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue())
            .forEach(entry -> System.out.println("browser console: " + entry.getMessage()));
      } catch (RuntimeException unavailable) {
        // no console log from this driver
      }
      browser.quit();
    }
  }

  @AfterAll
  static void printCounts() {
    System.out.println("English words per screen (allowed: the footer's " + ALLOWED + ")");
    FOUND.forEach((screen, words) -> System.out.printf("  %3d  %s%s%n", words.size(), screen,
        words.isEmpty() ? "" : "  " + words));
  }

  @Test
  @DisplayName("P-01/P-12/P-15/P-19 every screen of the walk is Chinese: login, lists, start dialogs, every task form and its validation messages")
  void everyScreenIsChinese() throws IOException {
    List<String> failures = new ArrayList<>();
    int year = Rounds.freshYear(rounds);
    RoundDriver drive = new RoundDriver(context, data);
    chineseName(drive.city);

    loadLoginPage();
    failures.addAll(check("登录页"));

    // the city's start dialogs (submitted empty once), then a round started the usual way
    login(drive.city);
    failures.addAll(check("市科技局 任务列表"));
    failures.addAll(startDialog("选派轮次", "启动对话框 选派轮次"));
    ProcessInstance round = drive.startRound(year, Rounds.deadlineInDays(30));
    Predicate<Task> ofRound = t -> businessKey(t).startsWith(String.valueOf(year));

    // one district screens and collects with a visit before each step; the others as usual
    String key = year + "-" + YONGQIAO;
    String officer = userFor(drive.task(key, "服务单位筛选"));
    failures.addAll(visitNew(ofRound));
    String creditCode = data.creditCode();
    Map<String, Object> unit = DemandRows.serviceUnit(creditCode, "宿州埇桥新型墙材有限公司");
    unit.put("industryGroupCode", "NEW_MATERIALS");
    drive.complete(drive.task(key, "服务单位筛选"), officer, SERVICE_UNITS.map(drive.rows(List.of(unit))));
    failures.addAll(visitNew(ofRound));
    Map<String, Object> demand = DemandRows.demand(creditCode, "墙材强度提升");
    demand.put("industryGroupCode", "NEW_MATERIALS");
    drive.complete(drive.task(key, "技术需求征集"), officer,
        SUBMIT_CONFIRMED.in(DEMANDS.map(drive.rows(List.of(demand))), true));
    failures.addAll(visitNew(ofRound));
    drive.review(year, YONGQIAO, DemandCollectionContract.APPROVE, null);
    drive.executeJobs(round.getId());
    List<String> groups = List.of("NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD", "DIGITAL");
    var districts = context.getBean(cn.suzhou.shuanglian.district.DistrictRepository.class).findByActiveTrueOrderBySortOrder();
    for (int i = 0; i < districts.size(); i++) {
      String code = districts.get(i).getCode();
      if (!code.equals(YONGQIAO)) {
        drive.screenAndCollect(year, code, data.districtOfficial(code), groups.get(i % groups.size()));
        drive.review(year, code, DemandCollectionContract.APPROVE, null);
        drive.executeJobs(round.getId());
      }
    }
    failures.addAll(visitNew(ofRound));
    drive.complete(drive.task(String.valueOf(year), "审阅供需比对结果"), drive.city,
        SelectionRoundContract.SUPPLY_DEMAND_CONFIRMED.map(true));
    drive.executeJobs(round.getId());

    // nomination and matching: 32 commissioners of the four groups, each step visited first
    var sourceUnit = data.sourceUnit();
    List<Long> pool = new ArrayList<>();
    for (int i = 0; i < 32; i++) {
      Commissioner c = data.commissioner(sourceUnit, groups.get(i % 4));
      chineseName(c.getUserId());
      pool.add(c.getId());
    }
    failures.addAll(visitNew(ofRound));
    drive.nominateAndConfirm(year, pool, () -> {
      try {
        failures.addAll(visitNew(ofRound));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    failures.addAll(visitNew(ofRound));
    for (Task finalise : drive.tasks(year + "-matching", "确定匹配方案")) {  // unless sent from its form above
      drive.complete(finalise, drive.city, MatchingContract.MATCHES.map(
          drive.json(drive.rows(finalise, MatchingContract.MATCHES, MatchRow.class))));
    }
    drive.executeJobs(round.getId());
    for (ProcessInstance child : runtimeService.createProcessInstanceQuery().processInstanceBusinessKeyLike(year + "-%").list()) {
      drive.executeJobs(child.getId());
    }
    failures.addAll(visitNew(ofRound));

    // a commissioner's service record and joint project; the enterprise confirms; the city checks
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    Commissioner commissioner = data.commissioner(data.sourceUnit());
    chineseName(commissioner.getUserId());
    Enterprise enterprise = fixtures.enterprise(YONGQIAO);
    chineseName(enterprise.getContactUserId());
    fixtures.dispatch(commissioner, YONGQIAO, LocalDate.now().minusMonths(3), List.of(enterprise));
    login(commissioner.getUserId());
    failures.addAll(check("专员 任务列表"));
    failures.addAll(startDialog("服务记录", "启动对话框 服务记录"));
    failures.addAll(startDialog("科技项目申报", "启动对话框 科技项目申报"));
    failures.addAll(startDialog("专家库入库申请", "启动对话框 专家库入库申请"));
    ProcessInstance record = as(commissioner.getUserId(), List.of(Groups.COMMISSIONERS),
        () -> runtimeService.startProcessInstanceByKey(ServiceRecordContract.PROCESS_KEY,
            ServiceRecordContract.SUMMARY.in(ServiceRecordContract.CREDIT_CODE.in(ServiceRecordContract.DAYS.in(
                ServiceRecordContract.END_DATE.in(ServiceRecordContract.START_DATE.in(
                    ServiceRecordContract.SERVICE_TYPE.map("CONSULTING"), LocalDate.now().minusDays(5)),
                    LocalDate.now().minusDays(4)), 2L), enterprise.getCreditCode()), "上门诊断墙材生产线的质量问题，提出改进建议。")));
    failures.addAll(visitNew(t -> t.getProcessInstanceId().equals(record.getId())));

    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    Map<String, Object> body = new HashMap<>(Map.of("creditCode", enterprise.getCreditCode(),
        "title", "固废基绿色建材关键技术研究", "category", "SCIENCE_PLAN", "industryGroupCode", "NEW_MATERIALS",
        "content", "以煤矸石为原料研究高掺量固废蒸压加气混凝土的配方与养护工艺。", "goals", "固废掺量不低于70%。",
        "totalBudget", 100, "enterpriseFunding", 60, "durationMonths", 24));
    body.put("jointPledge", true);
    var filed = rest.withBasicAuth(commissioner.getUserId(), TestData.PASSWORD).postForEntity("/api/project-applications",
        new HttpEntity<>(body, headers), Map.class);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String project = runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectApplicationContract.PROCESS_KEY)
        .variableValueEquals(ProjectApplicationContract.APPLICATION_NO.name(), filed.getBody().get("applicationNo"))
        .singleResult().getId();
    failures.addAll(visitNew(t -> t.getProcessInstanceId().equals(project)));
    Task joint = taskService.createTaskQuery().processInstanceId(project).singleResult();
    as(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES), () -> {
      taskService.complete(joint.getId(), ProjectApplicationContract.JOINT_ANSWER.map(ProjectApplicationContract.AGREE));
      return null;
    });
    failures.addAll(visitNew(t -> t.getProcessInstanceId().equals(project)));

    // a district's evaluation scheme: its start dialog and the city's review
    String district = userFor(YONGQIAO);
    login(district);
    failures.addAll(check("县区 任务列表"));
    failures.addAll(startDialog("考核评价制度", "启动对话框 考核评价制度报审"));

    assertThat(failures).as("English words on officials' screens (see the table printed above)").isEmpty();
  }

  @Test
  @Tag("P-12") @Tag("P-14") @Tag("P-15") @Tag("P-17") @Tag("P-18") @Tag("P-20")
  @DisplayName("P-12(3)/P-15/P-17/P-18/P-20 every screen after the round is Chinese: agreements, the dispatch's reminders, renewal and endings, the yearly evaluation, a misconduct case, an expert application")
  void everyScreenAfterTheRoundIsChinese() throws IOException {
    List<String> failures = new ArrayList<>();
    Set<String> cases = new LinkedHashSet<>();
    Predicate<Task> ofWalk = t -> caseTree(cases).contains(t.getProcessInstanceId());
    RoundDriver drive = new RoundDriver(context, data);
    chineseName(drive.city);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    LocalDate today = EngineClock.today();

    // agreements: one commissioner accepts (the district signs), one declines (the city replaces)
    SelectionRound round = fixtures.signedRound(List.of(YONGQIAO), today);
    Commissioner accepting = walkCommissioner();
    Commissioner declining = walkCommissioner();
    String accepted = agreementCase(round, fixtures.finalMatch(round, accepting, YONGQIAO));
    String declined = agreementCase(round, fixtures.finalMatch(round, declining, YONGQIAO));
    cases.addAll(List.of(accepted, declined));
    failures.addAll(visitNew(ofWalk));
    drive.complete(taskIn(accepted, "确认接受派驻"), accepting.getUserId(),
        AgreementSigningContract.ACCEPT_DECISION.map(AgreementSigningContract.ACCEPT));
    drive.complete(taskIn(declined, "确认接受派驻"), declining.getUserId(), AgreementSigningContract.DECLINE_REASON.in(
        AgreementSigningContract.ACCEPT_DECISION.map(AgreementSigningContract.DECLINE), "本人承担国家重点研发计划项目，无法保证服务时间"));
    failures.addAll(visitNew(ofWalk));

    // a two-year dispatch: the short year's reminders, both yearly evaluations, the renewal by all three parties
    schemeInForce(YONGQIAO);
    Enterprise enterprise = fixtures.enterprise(YONGQIAO);
    chineseName(enterprise.getContactUserId());
    Dispatch dispatch = runningDispatch(fixtures, walkCommissioner(), enterprise);
    cases.add(dispatch.getProcessInstanceId());
    for (int year = 1; year <= 2; year++) {
      runJobsAt(at(today.plusYears(year).minusDays(59)), dispatch.getProcessInstanceId());
      failures.addAll(visitNew(ofWalk));
      for (Task reminder : taskService.createTaskQuery().processInstanceId(dispatch.getProcessInstanceId()).list()) {
        drive.complete(reminder, userFor(reminder), DispatchContract.REMINDER_ACKNOWLEDGED.map(true));
      }
      runJobsAt(at(today.plusYears(year)), dispatch.getProcessInstanceId());
      failures.addAll(evaluate(drive, dispatch, enterprise, "95", ofWalk));
      drive.complete(taskIn(evaluationOf(dispatch), "知悉年度考核结果"), userFor(taskIn(evaluationOf(dispatch), "知悉年度考核结果")),
          Map.of(YearlyEvaluationContract.RESULT_ACKNOWLEDGED.name(), true));
    }
    // the three renewal opinions (the district's, the commissioner's, the source unit's) are one form, each opened
    List<Task> opinions = taskService.createTaskQuery().processInstanceId(dispatch.getProcessInstanceId()).taskName("续派意见").list();
    assertThat(opinions).hasSize(3);
    visited.add("commissionerDispatch/" + DispatchContract.RENEWAL_OPINION_TASK);
    for (Task opinion : opinions) {
      failures.addAll(visit(opinion));
    }
    for (Task opinion : opinions) {
      drive.complete(opinion, userFor(opinion), DispatchContract.RENEWAL_DECISION.map(DispatchContract.AGREE));
    }
    failures.addAll(visitNew(ofWalk));

    // an unqualified year ends a dispatch; a district without an approved scheme waits for one
    Dispatch failing = runningDispatch(fixtures, walkCommissioner(), enterprise);
    cases.add(failing.getProcessInstanceId());
    runJobsAt(at(today.plusYears(1)), failing.getProcessInstanceId());
    failures.addAll(evaluate(drive, failing, enterprise, "40", ofWalk));
    failures.addAll(visitNew(ofWalk));
    String lingbi = "341323";
    schemes.findByInForceDistrict(lingbi).ifPresent(s -> {
      s.supersede();
      schemes.saveAndFlush(s);
    });
    Dispatch waiting = runningDispatch(fixtures, walkCommissioner(), fixtures.enterprise(lingbi), lingbi);
    cases.add(waiting.getProcessInstanceId());
    runJobsAt(at(today.plusYears(1)), waiting.getProcessInstanceId());
    failures.addAll(visitNew(ofWalk));

    // misconduct: the district's start dialog; a case ending in 批评教育, one in 终止派驻
    String district = userFor(YONGQIAO);
    login(district);
    failures.addAll(startDialog("违纪处理", "启动对话框 违纪处理"));
    Dispatch reported = runningDispatch(fixtures, walkCommissioner(), enterprise);
    cases.add(reported.getProcessInstanceId());
    for (String measure : List.of(MisconductMeasure.CRITICISM.name(), MisconductMeasure.TERMINATE_DISPATCH.name())) {
      ProcessInstance misconduct = reportMisconduct(district, reported);
      cases.add(misconduct.getId());
      failures.addAll(visitNew(ofWalk));
      VariableMap finding = MisconductContract.FINDING.map(MisconductContract.SUBSTANTIATED);
      MisconductContract.FINDINGS.in(finding, "走访企业负责人及两名员工，调取聊天记录原件，情况属实。");
      MisconductContract.RECOMMENDED_MEASURE.in(finding, measure);
      MisconductContract.RECOMMEND_BAR.in(finding, false);
      drive.complete(taskIn(misconduct.getId(), "调查核实"), district, finding);
      failures.addAll(visitNew(ofWalk));
      VariableMap decision = MisconductContract.DECISION.map(MisconductContract.CONFIRM);
      MisconductContract.MEASURE.in(decision, measure);
      MisconductContract.BAR.in(decision, false);
      MisconductContract.DECISION_REASON.in(decision, "经审定，专员以派驻身份强揽业务，违反派驻纪律。");
      drive.complete(taskIn(misconduct.getId(), "审定处理决定"), drive.city, decision);
      failures.addAll(visitNew(ofWalk));
    }

    // an expert application: the city's review; a rejection the applicant reads
    String review = expertApplicationTask();
    String application = taskService.createTaskQuery().taskId(review).singleResult().getProcessInstanceId();
    cases.add(application);
    failures.addAll(visitNew(ofWalk));
    as(drive.city, List.of(Groups.CITY), () -> {
      taskService.complete(review, ExpertApplicationContract.REJECTION_REASON.in(
          ExpertApplicationContract.REVIEW_DECISION.map(ExpertApplicationContract.REJECT), "业绩材料不足，请补充近三年成果"));
      return null;
    });
    failures.addAll(visitNew(ofWalk));

    assertThat(visited).as("every user task of these processes was opened").containsAll(List.of(
        "agreementSigning/Activity_AcceptAgreement", "agreementSigning/Activity_SignAgreement",
        "agreementSigning/Activity_ReplaceCommissioner",
        "commissionerDispatch/Activity_RemindCommissioner", "commissionerDispatch/Activity_RemindDistrict",
        "commissionerDispatch/Activity_NotifySourceUnit", "commissionerDispatch/Activity_NotifySourceUnitMisconduct",
        "commissionerDispatch/Activity_RenewalOpinion", "commissionerDispatch/Activity_SignRenewal",
        "yearlyEvaluation/Activity_AwaitScheme", "yearlyEvaluation/Activity_CommissionerSummary",
        "yearlyEvaluation/Activity_RateSatisfaction", "yearlyEvaluation/Activity_ScoreEvaluation",
        "yearlyEvaluation/Activity_ApproveEvaluation", "yearlyEvaluation/Activity_AcknowledgeResult",
        "misconductCase/Activity_Investigate", "misconductCase/Activity_DecideMisconduct",
        "misconductCase/Activity_InformReporter", "misconductCase/Activity_InformSourceUnit",
        "expertPoolApplication/Activity_ReviewApplication", "expertPoolApplication/Activity_AcknowledgeRejection"));
    assertThat(failures).as("English words on officials' screens (see the table printed above)").isEmpty();
  }

  @Test
  @Tag("P-01")
  @DisplayName("P-01 an English browser: the deadline typed as 2026-12-31 stays that date, shown as typed, with a Chinese placeholder")
  void isoDateTypedInAnEnglishBrowser() throws IOException {
    String city = chineseName(data.cityOfficial());
    int year = Rounds.freshYear(rounds);
    LocalDate deadline = LocalDate.parse(Rounds.deadlineInDays(30));
    login(city);
    click(browser.findElement(By.cssSelector(".start-process-action a")));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[normalize-space()='选派轮次']"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
    assertThat(((JavascriptExecutor) browser).executeScript("return Intl.NumberFormat().resolvedOptions().locale"))
        .as("the browser's own locale is English (form-js would take M/d/yyyy from it)").isEqualTo("en-US");
    browser.findElement(By.cssSelector(".modal-content [id$='-Field_roundYear']")).sendKeys(String.valueOf(year));
    WebElement date = browser.findElement(By.cssSelector(".modal-content [id$='-Field_collectionDeadline-date']"));
    assertThat(date.getAttribute("placeholder")).isEqualTo("例：2026-12-31");
    date.sendKeys(deadline.toString());
    date.sendKeys(Keys.TAB);
    assertThat(date.getAttribute("value")).as("shown as typed").isEqualTo(deadline.toString());
    // the calendar speaks Chinese too
    click(browser.findElement(By.cssSelector(".modal-content .fjs-input-adornment")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    assertThat(browser.findElement(By.cssSelector(".flatpickr-calendar.open")).getText())
        .contains("一", "日").doesNotContainPattern("[A-Za-z]{2,}");
    shoot("date-typed-in-english-browser");
    click(browser.findElement(By.cssSelector(".modal-content .fjs-form .fjs-form-field-text, .modal-header")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"))));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(SelectionRoundContract.PROCESS_KEY).processInstanceBusinessKey(String.valueOf(year)).count() == 1);
    ProcessInstance round = runtimeService.createProcessInstanceQuery().processDefinitionKey(SelectionRoundContract.PROCESS_KEY)
        .processInstanceBusinessKey(String.valueOf(year)).singleResult();
    assertThat(runtimeService.getVariable(round.getId(), SelectionRoundContract.COLLECTION_DEADLINE.name()))
        .isEqualTo(deadline.toString());
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 nothing personal stays in the browser: a saved draft lives in the tab only and is gone after completing the task and after logging out")
  void draftsAreGoneAfterCompletionAndLogout() throws IOException {
    String city = chineseName(data.cityOfficial());
    String first = expertApplicationTask();
    String second = expertApplicationTask();
    login(city);
    JavascriptExecutor js = browser;
    String drafts = "return [Object.keys(localStorage).filter(k => k.startsWith('camunda-form:')),"
        + " Object.keys(sessionStorage).filter(k => k.startsWith('camunda-form:'))];";

    openClaimed(first);
    WebElement comment = browser.findElement(By.cssSelector(FORM + " textarea[id$='-Field_reviewComment']"));
    comment.sendKeys("材料齐全，联系电话 13955710001。");
    click(browser.findElement(By.cssSelector(".form-actions button[ng-click='save($event)']")));
    wait.until(driver -> !((List<?>) ((List<?>) js.executeScript(drafts)).get(1)).isEmpty());
    assertThat(js.executeScript(drafts)).as("local, session")
        .isEqualTo(List.of(List.of(), List.of("camunda-form:" + first)));
    click(browser.findElement(By.cssSelector(FORM + " input[id$='-Field_reviewDecision-0']")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".form-actions button[ng-click='complete()']"))));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> taskService.createTaskQuery().taskId(first).count() == 0);
    wait.until(driver -> ((List<?>) ((List<?>) js.executeScript(drafts)).get(1)).isEmpty());
    assertThat(js.executeScript(drafts)).isEqualTo(List.of(List.of(), List.of()));

    openClaimed(second);
    browser.findElement(By.cssSelector(FORM + " textarea[id$='-Field_reviewComment']")).sendKeys("待补充身份证复印件。");
    click(browser.findElement(By.cssSelector(".form-actions button[ng-click='save($event)']")));
    wait.until(driver -> !((List<?>) ((List<?>) js.executeScript(drafts)).get(1)).isEmpty());
    js.executeScript("document.querySelector('li.logout a').click();");
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    loggedIn = null;
    assertThat(js.executeScript(drafts)).as("after logout").isEqualTo(List.of(List.of(), List.of()));
    assertThat(taskService.createTaskQuery().taskId(second).count()).as("the task itself is still open").isEqualTo(1);
  }

  @Test
  @Tag("P-15")
  @DisplayName("P-15 a commissioner's phone (390 × 844): the header fits and leaves the filters free; the service-record form fits the width")
  void serviceRecordOnAPhone() throws IOException {
    browser.quit();
    browser = EnglishChromium.start(390, 844);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    Commissioner commissioner = data.commissioner(data.sourceUnit());
    chineseName(commissioner.getUserId());
    fixtures.dispatch(commissioner, YONGQIAO, LocalDate.now().minusMonths(3), List.of(fixtures.enterprise(YONGQIAO)));
    login(commissioner.getUserId());
    JavascriptExecutor js = browser;
    shoot("phone-390-tasklist");
    assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
        .as("no sideways scrolling").isLessThanOrEqualTo(390);
    @SuppressWarnings("unchecked")
    Map<String, Number> header = (Map<String, Number>) js.executeScript(
        "const r = document.querySelector('[cam-widget-header] .navbar-brand, [cam-widget-header] .brand').getBoundingClientRect();"
            + "const f = document.querySelector('[cam-tasklist-filters], .filters, .task-filters').getBoundingClientRect();"
            + "const h = document.querySelector('[cam-widget-header]').getBoundingClientRect();"
            + "return {brandRight: r.right, brandLeft: r.left, headerBottom: h.bottom, filtersTop: f.top};");
    assertThat(header.get("brandLeft").doubleValue()).as("the title starts on screen").isGreaterThanOrEqualTo(0);
    assertThat(header.get("brandRight").doubleValue()).as("the title is not cut off").isLessThanOrEqualTo(390);
    assertThat(header.get("headerBottom").doubleValue()).as("the header leaves the filters free")
        .isLessThanOrEqualTo(header.get("filtersTop").doubleValue());

    js.executeScript("document.querySelector('.start-process-action a').click();");  // in the phone's menu
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[contains(normalize-space(), '服务记录')]"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
    shoot("phone-390-service-record-form");
    @SuppressWarnings("unchecked")
    Map<String, Number> form = (Map<String, Number>) js.executeScript(
        "const m = document.querySelector('.modal-content').getBoundingClientRect();"
            + "const widest = Math.max(...Array.from(document.querySelectorAll('.modal-content .fjs-form input, .modal-content .fjs-form textarea'))"
            + "  .filter(e => e.offsetParent !== null).map(e => e.getBoundingClientRect().right));"
            + "return {left: m.left, right: m.right, widest: widest, scroll: document.documentElement.scrollWidth};");
    assertThat(form.get("left").doubleValue()).isGreaterThanOrEqualTo(0);
    assertThat(form.get("right").doubleValue()).as("the dialog fits").isLessThanOrEqualTo(390);
    assertThat(form.get("widest").doubleValue()).as("every field fits").isLessThanOrEqualTo(390);
    assertThat(check("手机 390 服务记录表单")).isEmpty();
  }

  // --- cases after the round ---------------------------------------------------------------------

  private Commissioner walkCommissioner() {
    Commissioner c = data.commissioner(data.sourceUnit());
    chineseName(c.getUserId());
    return c;
  }

  /** An agreement signing of the final match, started as the round starts it. */
  private String agreementCase(SelectionRound round, RoundMatch match) {
    VariableMap v = AgreementSigningContract.MATCH_ID.map(match.getId());
    AgreementSigningContract.ROUND_ID.in(v, round.getId());
    AgreementSigningContract.ROUND_YEAR.in(v, (long) round.getRoundYear());
    return runtimeService.startProcessInstanceByKey(AgreementSigningContract.PROCESS_KEY,
        round.getRoundYear() + "-" + YONGQIAO + "-" + match.getCommissioner().getName(), v).getId();
  }

  /** A running dispatch of the commissioner serving the enterprise, its term starting today. */
  private Dispatch runningDispatch(DispatchFixtures fixtures, Commissioner c, Enterprise served) {
    return runningDispatch(fixtures, c, served, YONGQIAO);
  }

  private Dispatch runningDispatch(DispatchFixtures fixtures, Commissioner c, Enterprise served, String districtCode) {
    Agreement agreement = fixtures.signedAgreement(c, districtCode, EngineClock.today());
    return context.getBean(DispatchService.class).start(agreement.getId(), Set.of(served.getId()));
  }

  /** The district's scheme in force (25 each; 优秀 90, 合格 75, 基本合格 60), approved now if it has none. */
  private void schemeInForce(String districtCode) {
    if (schemes.findByInForceDistrict(districtCode).isEmpty()) {
      EvaluationScheme s = new EvaluationScheme(context.getBean(cn.suzhou.shuanglian.district.DistrictRepository.class)
          .findById(districtCode).orElseThrow(), "fixture", Instant.now(), null);
      s.define(25, 25, 25, 25, new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"),
          "宿州测试服务单位 3 家", null, "fixture", Instant.now());
      s.approve("fixture", null, Instant.now());
      schemes.save(s);
    }
  }

  /** Reports the dispatch's commissioner as the user (with the user's groups), as the start dialog does. */
  private ProcessInstance reportMisconduct(String user, Dispatch d) {
    VariableMap v = MisconductContract.AGREEMENT_NO.map(d.getAgreement().getAgreementNo());
    MisconductContract.CATEGORY.in(v, MisconductCategory.SOLICITING.name());
    MisconductContract.FACTS.in(v, "专员多次要求企业将检测业务交由其所在单位承接，并以不再对接高校资源相要挟。");
    MisconductContract.OCCURRED_ON.in(v, EngineClock.today());
    MisconductContract.EVIDENCE.in(v, "企业提供的微信聊天记录截图三张、业务洽谈会议纪要一份");
    return as(user, identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList(),
        () -> runtimeService.startProcessInstanceByKey(MisconductContract.PROCESS_KEY, v));
  }

  /** The yearly evaluation of the dispatch from the summary to the city's approval, each new form opened before it is done. */
  private List<String> evaluate(RoundDriver drive, Dispatch d, Enterprise served, String score, Predicate<Task> ofWalk)
      throws IOException {
    List<String> failures = new ArrayList<>(visitNew(ofWalk));
    String evaluation = evaluationOf(d);
    drive.complete(taskIn(evaluation, "填报年度工作总结"), d.getCommissioner().getUserId(),
        Map.of(YearlyEvaluationContract.WORK_SUMMARY.name(), "本年度走访企业十余家，挖掘技术需求并组织产学研对接活动两次。"));
    drive.complete(taskIn(evaluation, "服务单位满意度评价"), served.getContactUserId(),
        Map.of(YearlyEvaluationContract.SATISFACTION_SCORE.name(), 92, YearlyEvaluationContract.RATING_COMMENT.name(), "服务认真"));
    failures.addAll(visitNew(ofWalk));
    Map<String, Object> scores = new HashMap<>();
    for (var criterion : List.of(YearlyEvaluationContract.SCORE_ORIENTATION, YearlyEvaluationContract.SCORE_INITIATIVE,
        YearlyEvaluationContract.SCORE_SATISFACTION, YearlyEvaluationContract.SCORE_RESULTS)) {
      scores.put(criterion.name(), score);
    }
    scores.put(YearlyEvaluationContract.EXCEPTION_JUSTIFIED.name(), false);
    Task scoring = taskIn(evaluation, "县区考核评分");
    drive.complete(scoring, userFor(scoring), scores);
    failures.addAll(visitNew(ofWalk));
    drive.complete(taskIn(evaluation, "审定年度考核结果"), drive.city,
        Map.of(YearlyEvaluationContract.APPROVAL_DECISION.name(), "APPROVE"));
    failures.addAll(visitNew(ofWalk));
    return failures;
  }

  private String evaluationOf(Dispatch d) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(d.getProcessInstanceId())
        .processDefinitionKey(YearlyEvaluationContract.PROCESS_KEY).singleResult().getId();
  }

  private Task taskIn(String processInstanceId, String name) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).taskName(name).list();
    assertThat(open).as("open task %s", name).hasSize(1);
    return open.get(0);
  }

  private static Instant at(LocalDate day) {
    return day.atStartOfDay(java.time.ZoneId.of("Asia/Shanghai")).plusHours(1).toInstant();
  }

  /**
   * Runs every job of the case and its called cases due at the instant, as the job executor would
   * then; the engine clock is today's again afterwards (the screens are read today).
   */
  private void runJobsAt(Instant at, String rootInstanceId) {
    ClockUtil.setCurrentTime(java.util.Date.from(at));
    try {
      for (int pass = 0; pass < 50; pass++) {
        List<Job> due = managementService.createJobQuery().executable().list().stream()
            .filter(job -> caseTree(Set.of(rootInstanceId)).contains(job.getProcessInstanceId())).toList();
        if (due.isEmpty()) {
          return;
        }
        due.forEach(job -> managementService.executeJob(job.getId()));
      }
    } finally {
      ClockUtil.reset();
    }
  }

  /** The cases and every case they called, at any depth. */
  private Set<String> caseTree(Set<String> roots) {
    Set<String> ids = new java.util.HashSet<>(roots);
    java.util.Deque<String> open = new java.util.ArrayDeque<>(ids);
    while (!open.isEmpty()) {
      for (ProcessInstance child : runtimeService.createProcessInstanceQuery().superProcessInstanceId(open.pop()).list()) {
        if (ids.add(child.getId())) {
          open.push(child.getId());
        }
      }
    }
    return ids;
  }

  /** An expert application of a fresh commissioner: the id of the city's review task. */
  private String expertApplicationTask() {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    chineseName(applicant.getUserId());
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    var started = rest.withBasicAuth(applicant.getUserId(), TestData.PASSWORD).postForEntity("/api/expert-applications",
        new HttpEntity<>(Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(), "title", "教授",
            "expertise", "新型建材与固废资源化", "reviewFields", List.of("NEW_MATERIALS"), "consent", true), headers),
        Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return taskService.createTaskQuery().processInstanceId((String) started.getBody().get("processInstanceId"))
        .singleResult().getId();
  }

  private void openClaimed(String taskId) {
    browser.get(base() + "#/?task=" + taskId);
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("li.assignee button.claim"))));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(FORM + " input[id$='-Field_reviewDecision-0']")));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
  }

  // --- walking ----------------------------------------------------------------------------------

  /** Opens every open task of a kind not yet seen (one per task definition), as a user who may work it. */
  private List<String> visitNew(Predicate<Task> ofWalk) throws IOException {
    List<String> failures = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().active().orderByTaskCreateTime().asc().list()) {
      String kind = task.getProcessDefinitionId().replaceFirst(":.*", "") + "/" + task.getTaskDefinitionKey();
      if (ofWalk.test(task) && visited.add(kind)) {
        failures.addAll(visit(task));
      }
    }
    return failures;
  }

  private List<String> visit(Task task) throws IOException {
    String user = userFor(task);
    login(user);
    browser.get(base() + "#/?task=" + task.getId());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("li.assignee")));
    List<WebElement> claim = browser.findElements(By.cssSelector("li.assignee button.claim"));
    boolean claimed = !claim.isEmpty() && claim.get(0).isDisplayed();
    if (claimed) {
      click(claim.get(0));
      wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("li.assignee button.claim")));
    }
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(FORM + " .fjs-form")));
    wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".disabled-form"), 0));
    List<String> failures = new ArrayList<>(check(task.getName()));
    // the 描述 tab (the task's documentation) and the 历史记录 tab (who claimed it: by name, not login)
    for (String tab : List.of("描述", "历史记录")) {
      List<WebElement> link = browser.findElements(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + tab + "']"));
      if (!link.isEmpty()) {
        click(link.get(0));
        if (tab.equals("历史记录")) {
          try {
            WebDriverWait brief = new WebDriverWait(browser, Duration.ofSeconds(10));
            brief.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".operation-user")));
            brief.until(driver -> driver.findElements(By.cssSelector(".operation-user")).stream()
                .noneMatch(e -> e.getText().equals(user)));
          } catch (org.openqa.selenium.TimeoutException none) {
            // no event yet, or the login still shown: the check below counts it
          }
        }
        failures.addAll(check(task.getName() + " " + tab));
      }
    }
    click(browser.findElement(By.xpath("//ul[contains(@class,'nav-tabs')]//a[normalize-space()='表单']")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(FORM + " .fjs-form")));
    // submitted once as it opens, unless it is complete already (then it would be sent)
    sleep(800);  // Tasklist has taken the form's validity (its 完成 button)
    List<WebElement> complete = browser.findElements(By.cssSelector(".form-actions button[ng-click='complete()']"));
    List<WebElement> submit = browser.findElements(By.cssSelector(FORM + " .fjs-form button.fjs-button[type=submit]"));
    if (!submit.isEmpty() && !complete.isEmpty() && !complete.get(0).isEnabled()) {
      click(submit.get(0));
      validationShown(FORM);
      failures.addAll(check(task.getName() + " 提交后的校验提示"));
    } else if (submit.isEmpty() && requiredFieldEmpty()) {
      // no submit button of its own (Tasklist's 完成 stays enabled): submitted as such a button would —
      // form-js validates and shows its messages, and a form with an empty required field is not sent
      ((JavascriptExecutor) browser).executeScript("document.querySelector(arguments[0]).requestSubmit();",
          FORM + " form.fjs-form");
      validationShown(FORM);
      failures.addAll(check(task.getName() + " 提交后的校验提示"));
      assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("%s not sent", task.getName()).isOne();
    }
    // a form complete as it opened (the final matching's proposal) was sent: the walk goes on from there
    if (claimed && taskService.createTaskQuery().taskId(task.getId()).count() == 1) {
      taskService.setAssignee(task.getId(), null);  // the drivers below claim it as their own official
    }
    return failures;
  }

  /**
   * Whether a visible required text field, text area, checkbox or radio group of the task form is
   * empty (selects and lists aside): then submitting the form cannot send it.
   */
  private boolean requiredFieldEmpty() {
    return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript(
        "const form = document.querySelector(arguments[0]);"
            + "return Array.from(form.querySelectorAll('.fjs-asterix')).map(a => a.closest('.fjs-form-field'))"
            + "  .filter(f => f && f.offsetParent !== null && !f.closest('.fjs-form-field-dynamiclist'))"
            + "  .some(f => {"
            + "    const checks = Array.from(f.querySelectorAll('input[type=checkbox], input[type=radio]'));"
            + "    if (checks.length) { return checks.every(c => !c.checked); }"
            + "    const texts = Array.from(f.querySelectorAll('input:not([type=hidden]), textarea'))"
            + "      .filter(e => !e.closest('.fjs-form-field-select, .fjs-form-field-taglist'));"
            + "    return texts.length > 0 && texts.every(e => !e.value);"
            + "  });", FORM + " form.fjs-form"));
  }

  /** Opens the start dialog of the process and submits its form once, empty. */
  private List<String> startDialog(String processName, String screen) throws IOException {
    browser.get(base());
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
    click(browser.findElement(By.cssSelector(".start-process-action a")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content")));
    List<String> failures = new ArrayList<>(check(screen + "（流程列表）"));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[contains(normalize-space(), '" + processName + "')]"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
    failures.addAll(check(screen));
    List<WebElement> submit = browser.findElements(By.cssSelector(".modal-content .fjs-form button.fjs-button[type=submit]"));
    WebElement start = submit.isEmpty()
        ? browser.findElement(By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"))
        : submit.get(0);
    if (start.isEnabled()) {
      click(start);
    }
    validationShown(".modal-content");
    failures.addAll(check(screen + " 提交后的校验提示"));
    browser.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
    return failures;
  }

  /** Waits a moment for form-js's messages (a form may be incomplete without one: nothing to wait for then). */
  private void validationShown(String scope) {
    try {
      new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.presenceOfElementLocated(
          By.cssSelector(scope + " .fjs-form-field-error")));
    } catch (org.openqa.selenium.TimeoutException none) {
      // checked as it is
    }
  }

  /** The English words of the screen's visible text and placeholders (the footer's aside); a screenshot. */
  private List<String> check(String screen) throws IOException {
    sleep(400);  // relative times and notices settle
    String text = (String) ((JavascriptExecutor) browser).executeScript(
        "const placeholders = Array.from(document.querySelectorAll('input[placeholder], textarea[placeholder]'))"
            + "  .filter(e => e.offsetParent !== null).map(e => e.getAttribute('placeholder'));"
            + "return document.body.innerText + '\\n' + placeholders.join('\\n');");
    List<String> words = new ArrayList<>();
    Matcher matcher = ENGLISH_WORD.matcher(text);
    while (matcher.find()) {
      if (!ALLOWED.contains(matcher.group())) {
        words.add(matcher.group());
      }
    }
    String name = String.format("%02d %s", ++screenNumber, screen);
    FOUND.put(name, words);
    shoot(name.replaceAll("[\\s/]+", "-"));
    return words.isEmpty() ? List.of() : List.of(name + ": " + new TreeSet<>(words));
  }

  // --- users ------------------------------------------------------------------------------------

  /** A user who may work the task: its assignee, or an official of its candidate group. */
  private String userFor(Task task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    List<IdentityLink> links = taskService.getIdentityLinksForTask(task.getId());
    return links.stream().filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
        .map(IdentityLink::getUserId).findFirst()
        .orElseGet(() -> userOfGroup.computeIfAbsent(links.stream()
            .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getGroupId() != null)
            .map(IdentityLink::getGroupId).findFirst().orElseThrow(), group -> chineseName(officialOf(group))));
  }

  /** An official of the group; a source unit made by the test gets its Camunda group first. */
  private String officialOf(String group) {
    var sourceUnits = context.getBean(cn.suzhou.shuanglian.sourceunit.SourceUnitRepository.class);
    return Groups.sourceUnitCodeOf(group).flatMap(sourceUnits::findById).map(unit -> {
      // the unit's group gets its Tasklist grants as at start-up
      context.getBean(cn.suzhou.shuanglian.access.IdentityBootstrap.class).synchronise();
      return data.sourceUnitOfficial(unit);
    }).orElseGet(() -> data.user("walk", group));
  }

  private String userFor(String districtCode) {
    return userOfGroup.computeIfAbsent(Groups.district(districtCode), g -> chineseName(data.user("walk", g)));
  }

  private static final String[] FAMILY = {"赵", "钱", "孙", "李", "周", "吴", "郑", "王"};
  private static final String[] GIVEN = {"磊", "卫东", "静", "海明", "建华", "丽", "志强", "敏"};

  /** Gives the test user a Chinese name, stored as Camunda keeps names (given name first, family name last). */
  private String chineseName(String userId) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    int n = givenNames++;
    user.setLastName(FAMILY[n % FAMILY.length]);
    user.setFirstName(GIVEN[(n / FAMILY.length) % GIVEN.length]);
    identityService.saveUser(user);
    return userId;
  }

  private String businessKey(Task task) {
    ProcessInstance instance = runtimeService.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId())
        .singleResult();
    return instance == null || instance.getBusinessKey() == null ? "" : instance.getBusinessKey();
  }

  private <T> T as(String user, List<String> groups, java.util.function.Supplier<T> action) {
    identityService.setAuthentication(user, groups);
    try {
      return action.get();
    } finally {
      identityService.clearAuthentication();
    }
  }

  // --- browser ----------------------------------------------------------------------------------

  private String base() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private void login(String user) {
    if (user.equals(loggedIn)) {
      return;
    }
    browser.manage().deleteAllCookies();
    loadLoginPage();
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=username]")).sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    // present (on a phone it sits in the collapsed menu)
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".start-process-action a")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-filters, [cam-tasklist-filters]")));
    loggedIn = user;
  }

  /**
   * Tasklist's login page. On a busy machine RequireJS may give up loading Tasklist's plugin
   * ("Load timeout for modules") and the page stays at its spinner: loaded again then, up to 3 times.
   */
  private void loadLoginPage() {
    By username = By.cssSelector("form[name=signinForm] input[ng-model=username]");
    for (int attempt = 1; ; attempt++) {
      browser.get(base());
      try {
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(username));
        return;
      } catch (org.openqa.selenium.TimeoutException stuck) {
        if (attempt == 3) {
          throw stuck;
        }
      }
    }
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private void shoot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
