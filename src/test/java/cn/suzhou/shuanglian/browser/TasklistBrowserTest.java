package cn.suzhou.shuanglian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.expert.ExpertApplicationContract;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RequiresChromium;
import cn.suzhou.shuanglian.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
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
 * An official's view: headless Debian Chromium with a Chinese locale logs in to Tasklist as a
 * city official, opens the expert application's review task, fills the Camunda Form and completes
 * it; the membership row appears. Screenshots go to target/screenshots/.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("P-20")
@DisplayName("Tasklist in Chinese: a city official approves an expert application")
class TasklistBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired ExpertMembershipRepository memberships;

  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    browser = cn.suzhou.shuanglian.support.ChineseChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(30));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    if (browser != null) {
      screenshot("99-last");  // what the browser showed at the end, pass or fail
      Files.writeString(SCREENSHOTS.resolve("99-last.html"), browser.getPageSource());
      browser.quit();
    }
  }

  @Test
  @DisplayName("P-20 login page in Chinese; claim, fill the form and complete; membership recorded")
  void cityOfficialApprovesInTasklist() throws IOException {
    TestData data = new TestData(context);
    String city = data.cityOfficial();
    Commissioner applicant = data.commissioner(data.sourceUnit());
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    var started = rest.withBasicAuth(applicant.getUserId(), TestData.PASSWORD).postForEntity("/api/expert-applications",
        new HttpEntity<>(Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(), "title", "教授",
            "expertise", "新型建材与固废资源化", "reviewFields", List.of("NEW_MATERIALS"), "consent", true), headers),
        Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String instance = (String) started.getBody().get("processInstanceId");
    String taskId = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();

    String base = "http://localhost:" + port + "/camunda/app/tasklist/default/";
    browser.get(base);
    WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector("form[name=signinForm] button[type=submit]"), "登录"));
    assertThat(username.getAttribute("placeholder")).isEqualTo("用户名");
    assertThat(browser.findElement(By.cssSelector("body")).getText()).contains("宿州市双链融合专员管理系统");
    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner")))
        .allSatisfy(banner -> assertThat(banner.isDisplayed()).as("vendor migration banner").isFalse());
    screenshot("01-login");

    username.sendKeys(city);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));

    assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).as("the vendor banner is in the page")
        .isNotEmpty().allSatisfy(banner -> assertThat(banner.isDisplayed()).as("but hidden").isFalse());

    browser.get(base + "#/?task=" + taskId);
    WebElement claim = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card button.claim")));
    click(claim);
    WebElement approve = wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("[cam-tasklist-form-camunda] .fjs-form input[id$='-Field_reviewDecision-0']")));
    assertThat(browser.findElement(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText()).contains("审核结论");
    assertThat(browser.findElement(By.cssSelector("[cam-tasklist-form-camunda] input[id$='-Field_applicantName']"))
        .getAttribute("value")).isEqualTo(applicant.getName());
    assertThat(browser.findElement(By.cssSelector("[cam-tasklist-form-camunda] input[id$='-Field_reviewFieldsText']"))
        .getAttribute("value")).isEqualTo("新材料");
    click(approve);
    WebElement comment = browser.findElement(By.cssSelector("[cam-tasklist-form-camunda] textarea[id$='-Field_reviewComment']"));
    comment.sendKeys("材料齐全，同意入库。");
    comment.sendKeys(Keys.TAB);
    screenshot("02-review-form");

    WebElement complete = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".form-actions button.btn-primary[ng-click='complete()']")));
    click(complete);

    new WebDriverWait(browser, Duration.ofSeconds(30)).until(
        driver -> memberships.findByCommissionerId(applicant.getId()).isPresent());
    screenshot("03-completed");
    assertThat(memberships.findByCommissionerId(applicant.getId())).get()
        .satisfies(m -> assertThat(m.getApprovedBy()).isEqualTo(city));
    assertThat(taskService.createTaskQuery().processInstanceId(instance).count()).isZero();
  }

  @Test
  @DisplayName("P-20 a commissioner applies through Tasklist's start dialog and the city's review task opens")
  void commissionerAppliesInTasklist() throws IOException {
    TestData data = new TestData(context);
    Commissioner applicant = data.commissioner(data.sourceUnit());
    login(applicant.getUserId());

    click(browser.findElement(By.cssSelector(".start-process-action a")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@class='processes']//a[contains(., '专家库入库申请')]"))));
    By form = By.cssSelector(".modal-content .fjs-form");
    wait.until(ExpectedConditions.visibilityOfElementLocated(form));
    type("Field_residentId", applicant.getResidentId());
    type("Field_phone", applicant.getPhone());
    click(browser.findElement(By.cssSelector(".modal-content [id$='-Field_title-display']")));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='教授']"))));
    type("Field_expertise", "新型建材、固废资源化利用");
    click(browser.findElement(By.cssSelector(".modal-content input[id$='-Field_reviewFields-0']")));
    click(browser.findElement(By.cssSelector(".modal-content input[id$='-Field_consent']")));
    screenshot("11-start-form");

    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"))));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> taskService.createTaskQuery()
        .processDefinitionKey("expertPoolApplication")
        .processVariableValueEquals(ExpertApplicationContract.COMMISSIONER_ID.name(), applicant.getId())
        .count() == 1);
    screenshot("12-started");
    var review = taskService.createTaskQuery()
        .processVariableValueEquals(ExpertApplicationContract.COMMISSIONER_ID.name(), applicant.getId()).singleResult();
    assertThat(review.getName()).isEqualTo("审核入库申请");
    assertThat(taskService.getVariable(review.getId(), ExpertApplicationContract.REVIEW_FIELDS_TEXT.name()))
        .isEqualTo("新材料");
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 a commissioner who has filed a joint project this year files a second in Tasklist's start dialog: refused, naming the first")
  void secondJointProjectRefusedInTasklist() throws IOException {
    TestData data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    Commissioner commissioner = data.commissioner(data.sourceUnit());
    var first = fixtures.enterprise("341302");
    var second = fixtures.enterprise("341302");
    fixtures.dispatch(commissioner, "341302", java.time.LocalDate.now().minusMonths(2), List.of(first, second));
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    Map<String, Object> body = new java.util.HashMap<>(Map.of("creditCode", first.getCreditCode(),
        "title", "固废基绿色建材关键技术研究", "category", "SCIENCE_PLAN", "industryGroupCode", "NEW_MATERIALS",
        "content", "以煤矸石为原料研究高掺量固废蒸压加气混凝土的配方与养护工艺。", "goals", "固废掺量不低于70%。",
        "totalBudget", 100, "enterpriseFunding", 60, "durationMonths", 24));
    body.put("jointPledge", true);
    var filed = rest.withBasicAuth(commissioner.getUserId(), TestData.PASSWORD).postForEntity("/api/project-applications",
        new HttpEntity<>(body, headers), Map.class);
    assertThat(filed.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String number = (String) filed.getBody().get("applicationNo");

    login(commissioner.getUserId());
    click(browser.findElement(By.cssSelector(".start-process-action a")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//ul[@class='processes']//a[contains(., '科技项目申报')]"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
    type("Field_creditCode", second.getCreditCode());
    type("Field_projectTitle", "第二个联合项目：墙材生产线智能化改造");
    click(browser.findElement(By.cssSelector(".modal-content input[id$='-Field_projectCategory-1']")));
    click(browser.findElement(By.cssSelector(".modal-content [id$='-Field_industryGroupCode-display']")));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='新材料']"))));
    type("Field_projectContent", "对墙材生产线进行智能化改造，研究在线质量检测与工艺参数自适应控制。");
    type("Field_projectGoals", "产品合格率提高到99%，能耗下降10%。");
    type("Field_totalBudget", "80");
    type("Field_enterpriseFunding", "50");
    type("Field_durationMonths", "18");
    click(browser.findElement(By.cssSelector(".modal-content input[id$='-Field_jointPledge']")));
    screenshot("31-project-start-form");
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"))));
    By refusal = By.cssSelector(".modal-content .alert-danger:not(.ng-hide)");
    wait.until(ExpectedConditions.visibilityOfElementLocated(refusal));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});",
        browser.findElement(refusal));
    screenshot("32-project-refused");
    assertThat(browser.findElement(refusal).getText()).contains("无法发起流程", number, "固废基绿色建材关键技术研究",
        "每位双链融合专员每年限报 1 项").doesNotContain("ENGINE-", "Cannot instantiate");
    assertThat(context.getBean(cn.suzhou.shuanglian.project.ProjectApplicationRepository.class)
        .findByEnterpriseSlotAndApplicationYear(second.getId(), java.time.LocalDate.now().getYear())).isEmpty();
  }

  @Test
  @DisplayName("a process manager sees the process diagram with the running instance in Cockpit")
  void cockpitDrawsTheDiagram() throws IOException {
    TestData data = new TestData(context);
    String manager = data.user("manager", "process-managers");
    Commissioner applicant = data.commissioner(data.sourceUnit());
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    assertThat(rest.withBasicAuth(applicant.getUserId(), TestData.PASSWORD).postForEntity("/api/expert-applications",
        new HttpEntity<>(Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(), "title", "教授",
            "expertise", "新型建材", "reviewFields", List.of("NEW_MATERIALS"), "consent", true), headers), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String definitionId = context.getBean(org.camunda.bpm.engine.RepositoryService.class).createProcessDefinitionQuery()
        .processDefinitionKey("expertPoolApplication").latestVersion().singleResult().getId();

    login("cockpit", manager, By.cssSelector(".navbar, [cam-widget-header]"));
    browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/" + definitionId + "/runtime");
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("g[data-element-id='Activity_ReviewApplication']")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".badge-count, .instancesCount, .djs-overlay")));
    for (String element : List.of("StartEvent_ApplicationSubmitted", "Activity_ValidateApplication",
        "Gateway_ReviewDecision", "Activity_RecordMembership", "Activity_AcknowledgeRejection", "EndEvent_Admitted")) {
      assertThat(browser.findElements(By.cssSelector("g[data-element-id='" + element + "']"))).as(element).isNotEmpty();
    }
    screenshot("21-cockpit-diagram");
  }

  private void login(String user) {
    login("tasklist", user, By.cssSelector(".start-process-action a"));
  }

  private void login(String app, String user, By loggedIn) {
    browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(loggedIn));
  }

  private void type(String fieldId, String text) {
    WebElement input = browser.findElement(By.cssSelector(".modal-content [id$='-" + fieldId + "']"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", input);
    input.sendKeys(text);
  }

  private void click(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
