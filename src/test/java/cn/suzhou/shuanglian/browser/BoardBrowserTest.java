package cn.suzhou.shuanglian.browser;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.ChineseChromium;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RequiresChromium;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.regex.MatchResult;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The board (工作台, issue 16) in headless Chinese Chromium, reached from Tasklist's header with the
 * Tasklist login: the city sees every district of the round, the district past the collection deadline
 * marked 逾期; a county official sees its own district only; the search for 恒达 finds the enterprise's
 * cases and its open task, and a click opens that task in Tasklist; the charts render with data; not one
 * English word on the board. Screenshots: target/screenshots/board-city.png, board-district.png.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // a database of its own: other classes' rounds, dispatches and users must not show on the board's pages
    properties = {"camunda.bpm.job-execution.enabled=false",
        "spring.datasource.url=jdbc:h2:mem:board-browser;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=30000"})
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@Tag("P-12") @Tag("P-15")
@DisplayName("工作台：各县区进度与逾期、按权限显示、查找恒达并办理任务、统计图表")
class BoardBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String YONGQIAO = "341302";
  static final String DANGSHAN = "341321";
  static final String HENGDA = "宿州恒达新型建材有限公司";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired JdbcTemplate jdbc;

  TestData data;
  WebDriver browser;
  WebDriverWait wait;
  int year;
  SourceUnit unit;
  String deadline;
  String yongqiao;
  String shot = "board-last";

  @BeforeEach
  void roundWithALateDistrict() {
    data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    // last year's commissioner in 埇桥区 with confirmed service days and a grade (the charts' figures)
    LocalDate start = LocalDate.now(ZONE).minusMonths(13);
    SelectionRound signed = fixtures.signedRound(List.of(YONGQIAO), start);
    unit = data.sourceUnit();
    Commissioner commissioner = data.commissioner(unit);
    Enterprise served = fixtures.enterprise(YONGQIAO);
    Dispatch dispatch = fixtures.dispatch(signed, commissioner, YONGQIAO, start, List.of(served));
    jdbc.update("insert into service_record (dispatch_id, enterprise_id, service_type, start_date, end_date, days, "
        + "service_year, summary, status, recorded_by, recorded_at, version) "
        + "values (?, ?, 'CONSULTING', ?, ?, 12, 2, '技术咨询', 'CONFIRMED', 'fixture', ?, 0)",
        dispatch.getId(), served.getId(), java.sql.Date.valueOf(start.plusYears(1).plusDays(1)),
        java.sql.Date.valueOf(start.plusYears(1).plusDays(12)), Timestamp.from(Instant.now()));
    jdbc.update("insert into evaluation (dispatch_id, service_year, status, grade, version) values (?, 1, 'APPROVED', 'EXCELLENT', 0)",
        dispatch.getId());

    // this year's round: 埇桥区 has listed 恒达 and submitted; 砀山县 has not, three days after the deadline
    year = Rounds.freshYear(rounds);
    deadline = Rounds.deadlineInDays(5);
    yongqiao = named(data.districtOfficial(YONGQIAO), "赵", "磊");
    RoundDriver drive = new RoundDriver(context, data);
    drive.startRound(year, deadline);
    drive.screenAndCollect(year, YONGQIAO, yongqiao, "NEW_MATERIALS", HENGDA);
    ClockUtil.setCurrentTime(Date.from(LocalDate.parse(deadline).plusDays(3).atTime(10, 0).atZone(ZONE).toInstant()));

    browser = ChineseChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stop() throws IOException {
    ClockUtil.reset();
    if (browser != null) {
      screenshot(shot);
      browser.quit();
    }
  }

  @Test
  @DisplayName("市科技局：8 个县区，砀山县标为逾期 3 天；图表有数据；查找恒达，点击“办理”打开市科技局审定")
  void cityBoard() throws IOException {
    String city = named(data.cityOfficial(), "李", "卫东");
    openBoardFromTasklist(city);
    wait.until(ExpectedConditions.textToBe(By.id("who"), "李卫东"));

    List<WebElement> rows = browser.findElements(By.cssSelector("#round-table tbody tr"));
    assertThat(rows).hasSize(8);
    WebElement late = browser.findElement(By.cssSelector("#round-table tr[data-district='" + DANGSHAN + "']"));
    assertThat(late.getAttribute("class")).contains("overdue");
    assertThat(late.getText()).contains("砀山县", "需求征集", "逾期 3 天", "服务单位筛选");
    WebElement submitted = browser.findElement(By.cssSelector("#round-table tr[data-district='" + YONGQIAO + "']"));
    assertThat(submitted.getAttribute("class")).doesNotContain("overdue");
    assertThat(submitted.findElement(By.cssSelector(".stages li.current")).getText()).isEqualTo("市级审核");
    assertThat(submitted.getText()).contains("市科技局", "市科技局审定").doesNotContain("逾期");

    assertChartHasData("chart-demands");
    assertChartHasData("chart-grades");
    assertChinese("board-city");
    screenshot("board-city");
    ((JavascriptExecutor) browser).executeScript("document.getElementById('charts').scrollIntoView()");
    screenshot("board-charts");
    ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");

    search("恒达");
    List<WebElement> hits = browser.findElements(By.cssSelector("#search-list .hit"));
    assertThat(hits).extracting(WebElement::getText).anySatisfy(t -> assertThat(t).contains("企业", HENGDA));
    WebElement demand = hits.stream().filter(h -> "DEMAND".equals(h.getAttribute("data-kind"))
        && h.getText().contains("埇桥区")).findFirst().orElseThrow();
    WebElement open = demand.findElement(By.cssSelector("a.task-link"));
    assertThat(open.getText()).isEqualTo("办理：市科技局审定");
    String taskId = open.getAttribute("data-task-id");
    assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getName()).isEqualTo("市科技局审定");
    assertChinese("board-search");
    screenshot("board-search");

    open.click();
    wait.until(ExpectedConditions.urlContains("task=" + taskId));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")));
    wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".task-details, [cam-tasklist-task]"),
        "市科技局审定"));
    assertThat(browser.getCurrentUrl()).contains("task=" + taskId);
    shot = "board-task-opened";
  }

  @Test
  @DisplayName("埇桥区：只见本县区一行（未逾期），市科技局的审定任务只显示名称、不给链接；本县区专员服务天数对照 30 天")
  void districtBoard() throws IOException {
    openBoardFromTasklist(yongqiao);

    List<WebElement> rows = browser.findElements(By.cssSelector("#round-table tbody tr"));
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getAttribute("data-district")).isEqualTo(YONGQIAO);
    assertThat(rows.get(0).getText()).contains("埇桥区", "市科技局审定", "您无权查看此任务").doesNotContain("砀山县");
    assertThat(rows.get(0).findElements(By.cssSelector("a.task-link"))).isEmpty();

    List<WebElement> dispatches = browser.findElements(By.cssSelector("#dispatch-table tbody tr"));
    assertThat(dispatches).isNotEmpty().allSatisfy(r -> assertThat(r.getText()).contains("埇桥区").doesNotContain("砀山县"));
    assertThat(dispatches).anySatisfy(r -> assertThat(r.getText()).contains("12 / 30 天", "第 1 年 优秀"));
    assertChartHasData("chart-demands");
    assertChinese("board-district");
    screenshot("board-district");

    // 砀山县's official finds nothing of 埇桥区's 恒达
    browser.manage().deleteAllCookies();
    openBoardFromTasklist(named(data.districtOfficial(DANGSHAN), "孙", "梅"));
    assertThat(browser.findElements(By.cssSelector("#round-table tbody tr"))).singleElement()
        .satisfies(r -> assertThat(r.getText()).contains("砀山县", "逾期 3 天"));
    search("恒达");
    assertThat(browser.findElements(By.cssSelector("#search-list .hit"))).isEmpty();
    assertThat(browser.findElement(By.id("search-summary")).getText()).contains("没有找到");
  }

  @Test
  @DisplayName("派出单位：不显示各县区进度，只见本单位专员的派驻与考核，图表照常，无错误提示")
  void sourceUnitBoard() throws IOException {
    String official = named(data.sourceUnitOfficial(unit), "刘", "芳");
    // the unit's group gets its Tasklist grants as at start-up
    context.getBean(cn.suzhou.shuanglian.access.IdentityBootstrap.class).synchronise();
    login(official);
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.board-link"))).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#dispatch-table tbody tr")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-demands canvas")));
    assertThat(browser.findElement(By.id("round")).isDisplayed()).isFalse();
    assertThat(browser.findElement(By.id("failure")).isDisplayed()).isFalse();
    assertThat(browser.findElements(By.cssSelector("#dispatch-table tbody tr"))).singleElement()
        .satisfies(r -> assertThat(r.getText()).contains(unit.getName(), "12 / 30 天"));
    assertChinese("board-source-unit");
    shot = "board-source-unit";
  }

  private void login(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
  }

  private void openBoardFromTasklist(String user) {
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.board-link"))).click();
    wait.until(ExpectedConditions.urlContains("/board/"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#round-table tbody tr")));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-demands canvas")));
    if (!browser.findElement(By.cssSelector("#round-year")).getAttribute("value").equals(String.valueOf(year))) {
      throw new IllegalStateException("the board opened another round than " + year);
    }
  }

  private void search(String text) {
    WebElement box = browser.findElement(By.id("search-text"));
    box.clear();
    box.sendKeys(text);
    browser.findElement(By.cssSelector("#search button[type=submit]")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-results")));
    wait.until(driver -> !driver.findElement(By.id("search-summary")).getText().isEmpty());
  }

  /** The chart drew (a canvas in its box) from a series holding at least one number above zero. */
  private void assertChartHasData(String id) {
    assertThat(browser.findElements(By.cssSelector("#" + id + " canvas"))).isNotEmpty();
    Object total = ((JavascriptExecutor) browser).executeScript(
        "const c = echarts.getInstanceByDom(document.getElementById(arguments[0]));"
            + "return c.getOption().series.flatMap(s => s.data).reduce((a, b) => a + (Number(b) || 0), 0);", id);
    assertThat(((Number) total).doubleValue()).as(id).isPositive();
  }

  private void assertChinese(String screen) {
    String text = browser.findElement(By.tagName("body")).getText();
    assertThat(ChineseOnlyWalkBrowserTest.ENGLISH_WORD.matcher(text).results().map(MatchResult::group).toList())
        .as("English words on %s", screen).isEmpty();
  }

  /** A Chinese name as Camunda keeps it (given name first, family name last): the board shows 赵磊. */
  private String named(String userId, String family, String given) {
    User user = identityService.createUserQuery().userId(userId).singleResult();
    user.setLastName(family);
    user.setFirstName(given);
    identityService.saveUser(user);
    return userId;
  }

  private void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }
}
