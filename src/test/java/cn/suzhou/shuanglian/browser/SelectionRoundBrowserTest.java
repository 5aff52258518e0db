package cn.suzhou.shuanglian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.demand.DemandCollectionContract;
import cn.suzhou.shuanglian.demand.DemandCollectionRepository;
import cn.suzhou.shuanglian.matching.MatchingContract;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundContract;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.support.RequiresChromium;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstanceQuery;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * 选派轮次在 Tasklist 中的样子：市科技局经办人在启动对话框里开启轮次（P-01），县区科技局经办人只看到
 * 本县区的"服务单位筛选"任务，填写服务单位；未征得企业同意的行被服务端拒绝并给出可读的理由（P-10），
 * 勾选同意后提交成功，进入"技术需求征集"（P-12）。Headless Debian Chromium with a Chinese locale;
 * screenshots go to target/screenshots/.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("P-01") @Tag("P-10") @Tag("P-12")
@DisplayName("Tasklist 中文界面：市科技局开启选派轮次，县区筛选服务单位（不搞行政命令）")
class SelectionRoundBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String YONGQIAO = "341302";
  static final String FORM = "[cam-tasklist-form-camunda]";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired DemandCollectionRepository collections;

  TestData data;
  WebDriver browser;
  WebDriverWait wait;

  @BeforeEach
  void startBrowser() {
    data = new TestData(context);
    ChromeOptions options = new ChromeOptions();
    options.setBinary(RequiresChromium.CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--disable-quic", "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(RequiresChromium.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    // --lang sets navigator.language, but headless Chromium's Intl default locale stays en-US, unlike an
    // official's Chinese browser; form-js takes its date format from Intl
    chrome.executeCdpCommand("Emulation.setLocaleOverride", Map.of("locale", "zh-CN"));
    browser = chrome;
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser(TestInfo test) throws IOException {
    if (browser != null) {
      String last = "99-last-" + test.getTestMethod().orElseThrow().getName();
      screenshot(last);  // what the browser showed at the end, pass or fail
      Files.writeString(SCREENSHOTS.resolve(last + ".html"), browser.getPageSource());
      browser.quit();
    }
  }

  @Test
  @DisplayName("P-01 市科技局在 Tasklist 启动对话框填写轮次年度和征集截止日期，开启轮次；8 个县区同步开始需求征集")
  void cityOfficialOpensRoundInTasklist() throws IOException {
    String city = data.cityOfficial();
    int year = Rounds.freshYear(rounds);
    LocalDate deadline = LocalDate.parse(Rounds.deadlineInDays(30));
    login(city);

    click(browser.findElement(By.cssSelector(".start-process-action a")));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ul[@class='processes']//a[normalize-space()='选派轮次']"))));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
    assertThat(browser.findElement(By.cssSelector(".modal-content .fjs-form")).getText())
        .contains("开启选派轮次", "轮次年度", "需求征集截止日期");
    type(field(".modal-content", "Field_roundYear"), String.valueOf(year));
    // form-js would render the date in the browser's own format (yyyy/M/d for zh-CN, M/d/yyyy for en-US);
    // Tasklist's zh-forms script makes it the ISO form officials type, whatever the browser
    // (ChineseOnlyWalkBrowserTest#isoDateTypedInAnEnglishBrowser for an English one)
    WebElement date = field(".modal-content", "Field_collectionDeadline-date");
    assertThat(date.getAttribute("placeholder")).isEqualTo("例：2026-12-31");
    type(date, deadline.toString());
    date.sendKeys(Keys.TAB);
    assertThat(date.getAttribute("value")).isEqualTo(deadline.toString());
    screenshot("31-round-start-form");

    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(".modal-footer button.btn-primary[ng-click='startProcessInstance()']"))));
    ProcessInstanceQuery started = runtimeService.createProcessInstanceQuery().processDefinitionKey(SelectionRoundContract.PROCESS_KEY)
        .processInstanceBusinessKey(String.valueOf(year));
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> started.count() == 1);
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-content .fjs-form")));
    screenshot("32-round-started");

    ProcessInstance round = started.singleResult();
    assertThat(runtimeService.getVariable(round.getId(), SelectionRoundContract.COLLECTION_DEADLINE.name()))
        .isEqualTo(deadline.toString());
    SelectionRound opened = rounds.findByProcessInstanceId(round.getId()).orElseThrow();
    assertThat(opened.getOpenedBy()).as("the opener is the user logged in to Tasklist").isEqualTo(city);
    assertThat(runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId()).list())
        .hasSize(8).allSatisfy(c -> assertThat(c.getBusinessKey()).startsWith(year + "-"));
    assertThat(collections.findByRoundIdOrderByDistrictSortOrder(opened.getId())).hasSize(8);
  }

  @Test
  @DisplayName("P-10/P-12 县区只看到本县区的服务单位筛选任务；未征得企业同意被服务端拒绝（不搞行政命令），勾选同意后提交，进入技术需求征集")
  void districtScreensServiceUnitsInTasklist() throws IOException {
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = new RoundDriver(context, data).startRound(year,
        Rounds.deadlineInDays(30));
    String key = year + "-" + YONGQIAO;
    Task screening = taskService.createTaskQuery().processInstanceBusinessKey(key).taskName("服务单位筛选")
        .singleResult();
    List<String> otherDistricts = runtimeService.createProcessInstanceQuery().superProcessInstanceId(round.getId())
        .list().stream().filter(c -> !c.getBusinessKey().equals(key))
        .flatMap(c -> taskService.createTaskQuery().processInstanceId(c.getId()).list().stream()).map(Task::getId)
        .toList();
    assertThat(otherDistricts).hasSize(7);
    String officer = data.districtOfficial(YONGQIAO);
    login(officer);

    // 本部门待办 lists the tasks of the official's own department only
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'task-filter')]//a[contains(., '本部门待办')]"))));
    By screeningInList = By.cssSelector("ol.tasks-list a[href$='task=" + screening.getId() + "']");
    wait.until(ExpectedConditions.presenceOfElementLocated(screeningInList));
    List<String> listed = browser.findElements(By.cssSelector("ol.tasks-list li.task h4.task a")).stream()
        .map(a -> a.getAttribute("href").replaceFirst(".*task=", "")).toList();
    List<String> ownDistrict = taskService.createTaskQuery().taskCandidateGroup(Groups.district(YONGQIAO))
        .includeAssignedTasks().list().stream().map(Task::getId).toList();
    assertThat(listed).contains(screening.getId()).doesNotContainAnyElementsOf(otherDistricts)
        .allSatisfy(id -> assertThat(ownDistrict).contains(id));
    screenshot("41-district-tasklist");

    click(browser.findElement(screeningInList));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card button.claim"))));
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(FORM + " .fjs-form")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(FORM + " button.fjs-repeat-render-add")));
    assertThat(form.getText()).contains("服务单位筛选", year + "年需求征集：埇桥区", "不搞行政命令");

    // the list starts from the district's registered enterprises; this test's row replaces them
    By removeRow = By.cssSelector(FORM + " button.fjs-repeat-row-remove");
    for (int rows = browser.findElements(removeRow).size(); rows > 0; rows--) {
      click(browser.findElements(removeRow).get(0));
      wait.until(ExpectedConditions.numberOfElementsToBe(removeRow, rows - 1));
    }
    click(browser.findElement(By.cssSelector(FORM + " .fjs-form-field-dynamiclist button.fjs-repeat-render-add")));
    String creditCode = data.creditCode();
    type(unit("creditCode"), creditCode);
    type(unit("name"), "宿州埇桥新型墙材有限公司");
    select(unit("industryGroupCode"), "新材料");
    select(unit("scale"), "中型");
    type(unit("contactName"), "刘建华");
    type(unit("contactPhone"), "13955710001");
    type(unit("scaleAndPotential"), "年产新型墙材 60 万立方米，省级专精特新企业");
    tick(unit("compliesWithPolicy"));
    tick(unit("lawfulOperation"));
    assertThat(unit("consent").isSelected()).isFalse();

    submit();
    By refusal = By.cssSelector(".page-notifications .alert-danger");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(refusal, "不搞行政命令"));
    assertThat(browser.findElement(refusal).getText())
        .contains("提交任务表单时出错", "第 1 行", "企业未同意接受专员服务").doesNotContain("ENGINE-", "TaskListener", "Cannot submit task form");
    screenshot("42-service-units-refused");
    assertThat(taskService.createTaskQuery().taskId(screening.getId()).taskAssignee(officer).count())
        .as("the task is still open with the official").isEqualTo(1);

    // issue 15: rows are numbered; the form's 提交 is the one way to submit (Tasklist's 完成 hidden); the
    // notice sits clear of the form's 提交 and Tasklist's buttons and links to the row it names
    assertThat(browser.findElement(By.cssSelector(FORM + " .fjs-repeat-row-container")).getText()).startsWith("第 1 行");
    assertThat(browser.findElements(By.cssSelector("button[ng-click='complete()']")))
        .allSatisfy(button -> assertThat(button.isDisplayed()).as("Tasklist's 完成").isFalse());
    WebElement ownSubmit = browser.findElement(By.cssSelector(FORM + " .fjs-form button.fjs-button[type=submit]"));
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'end'});", ownSubmit);
    for (WebElement button : List.of(ownSubmit, browser.findElement(By.cssSelector(".form-actions button[ng-click^='save']")))) {
      assertThat((Boolean) ((JavascriptExecutor) browser).executeScript("""
          const a = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();
          return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;""",
          browser.findElement(refusal), button)).as("the notice covers " + button.getText()).isFalse();
    }
    WebElement toRow = browser.findElement(By.cssSelector(".page-notifications .alert-danger .work-row-link"));
    assertThat(toRow.getText()).isEqualTo("转到第 1 行");
    toRow.click();
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector(FORM + " .fjs-repeat-row-container.work-row-flagged")));
    screenshot("42b-service-units-refusal-points-to-row");

    // the notice stays until closed
    click(browser.findElement(
        By.cssSelector(".page-notifications .alert-danger button.close[ng-click^='removeNotification']")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(refusal));
    tick(unit("consent"));
    type(unit("consentBy"), "刘建华 总经理");
    submit();
    new WebDriverWait(browser, Duration.ofSeconds(30)).until(
        driver -> taskService.createTaskQuery().taskId(screening.getId()).count() == 0);
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(key).taskName("服务单位筛选").count()).isZero();
    Task collecting = taskService.createTaskQuery().processInstanceBusinessKey(key).taskName("技术需求征集")
        .singleResult();
    assertThat(collecting).isNotNull();
    assertThat(taskService.getIdentityLinksForTask(collecting.getId()))
        .anySatisfy(link -> assertThat(link.getGroupId()).isEqualTo(Groups.district(YONGQIAO)));
    assertThat((String) taskService.getVariable(collecting.getId(), DemandCollectionContract.SERVICE_UNIT_SUMMARY.name()))
        .isEqualTo("- 宿州埇桥新型墙材有限公司（" + creditCode + "）");
    // the official's list follows: the next task of the collection is there, the screening task gone
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("ol.tasks-list a[href$='task=" + collecting.getId() + "']")));
    wait.until(ExpectedConditions.numberOfElementsToBe(screeningInList, 0));
    screenshot("43-service-units-submitted");

    // issue 15: a demand's service unit is chosen from the screened units, by name, not typed as a code
    click(browser.findElement(By.cssSelector("ol.tasks-list a[href$='task=" + collecting.getId() + "']")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card button.claim"))));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector(FORM + " .fjs-form-field-dynamiclist button.fjs-repeat-render-add"))));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(FORM + " .fjs-repeat-row-container"), "第 1 行"));
    WebElement unitChoice = field(FORM, "Field_demands_creditCode_0");  // a searchable select: typing finds
    click(unitChoice);
    unitChoice.sendKeys("埇桥");
    click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='宿州埇桥新型墙材有限公司（" + creditCode + "）']"))));
    wait.until(driver -> unitChoice.getAttribute("value").contains("宿州埇桥新型墙材有限公司"));
    screenshot("44-demand-unit-chosen");
  }

  @Test
  @Tag("P-02")
  @DisplayName("P-02 市科技局在 Tasklist 确定匹配方案：把某县区的专员调走使其只剩 3 名，提交被拒绝并指明该县区")
  void finalMatchingLeavingADistrictShortIsRefusedInTasklist() throws IOException {
    var unit = data.sourceUnit();
    List<String> groups = List.of("NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD", "DIGITAL");
    List<Long> pool = new java.util.ArrayList<>();
    for (int i = 0; i < 32; i++) {
      pool.add(data.commissioner(unit, groups.get(i % 4)).getId());
    }
    int year = Rounds.freshYear(rounds);
    RoundDriver drive = new RoundDriver(context, data);
    drive.roundReadyForNomination(year, groups);
    drive.nominateAndConfirm(year, pool);
    Task finalise = drive.task(year + "-matching", "确定匹配方案");

    login(drive.city);
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + finalise.getId());
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card button.claim"))));
    WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(FORM + " .fjs-form")));
    assertThat(form.getText()).contains("确定匹配方案", "各县区人数");
    // every district has exactly 4 of the 32: moving the first commissioner leaves theirs with 3
    WebElement district = field(FORM, "Field_matches_districtCode_0");
    String from = new com.fasterxml.jackson.databind.ObjectMapper()
        .readTree(taskService.getVariable(finalise.getId(), MatchingContract.MATCHES.name()).toString())
        .get(0).get("districtCode").asText();
    String fromName = districtName(from);
    String toName = from.equals("341302") ? "砀山县" : "埇桥区";
    select(district, toName);
    screenshot("51-final-matching-edited");
    submit();
    By refusal = By.cssSelector(".page-notifications .alert-danger");
    wait.until(ExpectedConditions.textToBePresentInElementLocated(refusal, fromName));
    // exactly this rule: every row was submitted (a collapsed list item would be left out by form-js)
    assertThat(browser.findElement(refusal).getText()).contains(fromName + "只有 3 名", "P-02")
        .doesNotContain("未分配", "本轮仅");
    screenshot("52-final-matching-refused");
    assertThat(taskService.createTaskQuery().taskId(finalise.getId()).count()).as("still open").isEqualTo(1);
  }

  private String districtName(String code) {
    return context.getBean(cn.suzhou.shuanglian.district.DistrictRepository.class).findById(code).orElseThrow()
        .getName();
  }

  private void login(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".start-process-action a")));
  }

  /** A form-js input by its component id: form-js prefixes the id of each input with the form's. */
  private WebElement field(String scope, String componentId) {
    return browser.findElement(By.cssSelector(scope + " [id$='-" + componentId + "']"));
  }

  /** An input of the only row of the service-unit list (form-js suffixes the row index). */
  private WebElement unit(String key) {
    return field(FORM, "Field_serviceUnits_" + key + "_0");
  }

  private void type(WebElement input, String text) {
    scrollTo(input);
    input.sendKeys(text);
  }

  /** A form-js select: its display opens a drop-down list of the option labels. */
  private void select(WebElement hiddenInput, String label) {
    click(field(FORM, hiddenInput.getAttribute("id").replaceFirst("^.*?-Field_", "Field_") + "-display"));
    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.xpath("//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='" + label + "']"))));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".fjs-dropdownlist")));
  }

  private void tick(WebElement checkbox) {
    scrollTo(checkbox);
    checkbox.sendKeys(Keys.SPACE);
    wait.until(ExpectedConditions.elementToBeSelected(checkbox));
  }

  /** The form's own 提交 button (Tasklist's 完成 stays disabled after edits inside a dynamic list). */
  private void submit() {
    click(browser.findElement(By.cssSelector(FORM + " .fjs-form button.fjs-button[type=submit]")));
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private void click(WebElement element) {
    scrollTo(element);
    element.click();
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
