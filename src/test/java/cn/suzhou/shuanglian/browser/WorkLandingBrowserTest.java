package cn.suzhou.shuanglian.browser;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.CREDIT_CODE;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.DAYS;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.DISPUTE;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.DISPUTE_REASON;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.END_DATE;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.RECORD_DECISION;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.SERVICE_TYPE;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.START_DATE;
import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.access.IdentityBootstrap;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.contract.CaseSearch;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordContract;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RequiresChromium;
import cn.suzhou.shuanglian.support.TestData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
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
 * Issue 15, work found on landing: each role logs in to Tasklist (headless Chinese Chromium) and lands
 * on the filter that holds its work, every filter showing its count — the count the engine gives for
 * that filter and user; an unclaimed task explains 认领; the bare priority number is gone; the search
 * box finds tasks by enterprise name. Screenshots go to target/screenshots/landing-*.png.
 *
 * <p>City bureau, district, enterprise contact and commissioner land on tasks of real cases (expert
 * application, service record confirmation, a disputed record's notice). For the source unit and the
 * co-department, whose tasks (派出单位同意选派, 会签初步名单) take a whole round to reach, a task of
 * their group stands in: the landing reads only the filters, which select by group and assignee.
 */
@RequiresChromium
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@DisplayName("Tasklist: each role lands on the filter holding its work, with counts; search by enterprise name")
class WorkLandingBrowserTest {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");
  static final String DISTRICT = "341321";

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;
  @Autowired TaskService taskService;
  @Autowired RuntimeService runtimeService;
  @Autowired IdentityService identityService;
  @Autowired FilterService filterService;
  @Autowired EnterpriseRepository enterprises;
  @Autowired DistrictRepository districts;
  @Autowired IndustryGroupRepository industryGroups;

  TestData data;
  DispatchFixtures fixtures;
  WebDriver browser;
  WebDriverWait wait;
  String shot = "landing-last";

  @BeforeEach
  void startBrowser() {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    browser = cn.suzhou.shuanglian.support.ChineseChromium.start();
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  @AfterEach
  void stopBrowser() throws IOException {
    identityService.clearAuthentication();
    if (browser != null) {
      screenshot(shot);
      browser.quit();
    }
  }

  @Test
  @DisplayName("市科技局：我的待办为空，落在本部门待办（专家入库审核），各过滤器显示件数")
  void cityBureauLandsOnItsDepartmentsWork() throws IOException {
    expertApplicationReview(data.commissioner(data.sourceUnit()));
    String city = data.cityOfficial();

    login(city);
    assertLanded(city, IdentityBootstrap.FILTER_DEPARTMENT);
    assertCount(city, IdentityBootstrap.FILTER_MINE);
    assertCount(city, IdentityBootstrap.FILTER_ALL);
    screenshot("landing-city");
  }

  @Test
  @DisplayName("带任务链接登录（#/?task=…）：不另选过滤器，该任务的表单保持打开，可认领办理")
  void loginThroughALinkToATaskKeepsThatTaskOpen() throws IOException {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    String taskId = expertApplicationReview(applicant);
    String city = data.cityOfficial();

    browser.get(tasklist() + "#/?task=" + taskId);
    signIn(city);
    // the landing decides in the pass that would have selected 本部门待办 (where this task waits): it stays
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-work-landed", IdentityBootstrap.FILTER_MINE));
    assertThat(browser.findElement(By.cssSelector("[cam-tasklist-filters] .task-filter.active")).getText())
        .startsWith(IdentityBootstrap.FILTER_MINE);
    assertCount(city, IdentityBootstrap.FILTER_MINE);
    assertTaskOpen(taskId, applicant);
    screenshot("landing-deep-link");
  }

  @Test
  @DisplayName("落在本部门待办后再打开任务链接（#/?task=…，不含过滤器）：任务表单打开并保持，仍在本部门待办")
  void aLinkToATaskAfterLandingKeepsTheTaskAndTheFilter() throws IOException {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    String taskId = expertApplicationReview(applicant);
    String city = data.cityOfficial();

    login(city);
    assertLanded(city, IdentityBootstrap.FILTER_DEPARTMENT);
    browser.get(tasklist() + "#/?task=" + taskId);
    // Tasklist used to fall back to 我的待办 here and close the task it had just opened
    wait.until(ExpectedConditions.presenceOfElementLocated(
        By.cssSelector("ol.tasks-list li.task.active a[href*='task=" + taskId + "']")));
    assertThat(browser.findElement(By.cssSelector("[cam-tasklist-filters] .task-filter.active")).getText())
        .startsWith(IdentityBootstrap.FILTER_DEPARTMENT);
    assertTaskOpen(taskId, applicant);
    screenshot("landing-link-after-landing");
  }

  @Test
  @DisplayName("县区科技部门：落在本部门待办（无账号企业的服务记录确认），未认领任务有一行“认领”说明，不显示无含义的优先级数字")
  void districtOfficialLandsOnItsDepartmentsWorkAndSeesWhatClaimingMeans() throws IOException {
    Enterprise enterprise = enterpriseWithoutLogin("宿州砀山果蔬食品有限公司");
    Task confirm = serviceRecordConfirmation(enterprise);
    String official = data.districtOfficial(DISTRICT);

    login(official);
    assertLanded(official, IdentityBootstrap.FILTER_DEPARTMENT);
    assertCount(official, IdentityBootstrap.FILTER_MINE);
    assertThat(browser.findElements(By.cssSelector("ol.tasks-list .priority")))
        .allSatisfy(p -> assertThat(p.isDisplayed()).as("the bare priority number").isFalse());
    assertThat(browser.findElements(By.cssSelector("ol.tasks-list .work-priority"))).as("default priority: no mark")
        .isEmpty();

    click(wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("ol.tasks-list a[href$='task=" + confirm.getId() + "']"))));
    WebElement hint = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".task-card .work-claim-hint")));
    assertThat(hint.getText()).contains("认领", "本部门");
    screenshot("landing-district-claim-hint");
    click(browser.findElement(By.cssSelector(".task-card button.claim")));
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".task-card .work-claim-hint")));
    // the claimed task now counts in 我的待办 too
    wait.until(driver -> badge(IdentityBootstrap.FILTER_MINE).equals("1"));
  }

  @Test
  @DisplayName("企业联系人：落在我的待办（服务单位确认），件数 1")
  void enterpriseContactLandsOnTheirWork() throws IOException {
    Enterprise enterprise = fixtures.enterprise(DISTRICT);
    serviceRecordConfirmation(enterprise);

    login(enterprise.getContactUserId());
    assertLanded(enterprise.getContactUserId(), IdentityBootstrap.FILTER_MINE);
    assertThat(badge(IdentityBootstrap.FILTER_MINE)).isEqualTo("1");
    screenshot("landing-enterprise");
  }

  @Test
  @DisplayName("双链融合专员：服务记录被企业提出异议后，落在我的待办（知悉异议），件数 1")
  void commissionerLandsOnTheirWork() throws IOException {
    Enterprise enterprise = fixtures.enterprise(DISTRICT);
    Task confirm = serviceRecordConfirmation(enterprise);
    identityService.setAuthentication(enterprise.getContactUserId(), List.of(Groups.ENTERPRISES));
    try {
      taskService.complete(confirm.getId(), DISPUTE_REASON.in(RECORD_DECISION.map(DISPUTE), "当日未到企业现场服务。"));
    } finally {
      identityService.clearAuthentication();
    }
    String commissioner = (String) runtimeService.getVariable(confirm.getProcessInstanceId(),
        ServiceRecordContract.COMMISSIONER_USER_ID.name());

    login(commissioner);
    assertLanded(commissioner, IdentityBootstrap.FILTER_MINE);
    assertThat(badge(IdentityBootstrap.FILTER_MINE)).isEqualTo("1");
    screenshot("landing-commissioner");
  }

  @Test
  @DisplayName("派出单位：落在本部门待办（本单位的任务）")
  void sourceUnitLandsOnItsWork() throws IOException {
    SourceUnit unit = data.sourceUnit();
    context.getBean(IdentityBootstrap.class).synchronise();  // the new unit's group and its Tasklist access
    String official = data.sourceUnitOfficial(unit);
    groupTask("派出单位同意选派", unit.groupId());

    login(official);
    assertLanded(official, IdentityBootstrap.FILTER_DEPARTMENT);
    assertThat(badge(IdentityBootstrap.FILTER_DEPARTMENT)).isEqualTo("1");
    screenshot("landing-source-unit");
  }

  @Test
  @DisplayName("协办部门：落在本部门待办（会签任务）")
  void coDepartmentLandsOnItsWork() throws IOException {
    String official = data.user("codept", "codept-hrss");
    groupTask("会签初步名单", "codept-hrss");

    login(official);
    assertLanded(official, IdentityBootstrap.FILTER_DEPARTMENT);
    assertCount(official, IdentityBootstrap.FILTER_MINE);
    screenshot("landing-co-department");
  }

  @Test
  @DisplayName("搜索框输入“恒达”找到该企业的任务，其他企业的任务不在结果中；检索内容不含电话")
  void searchingAnEnterpriseNameFindsItsTasks() throws IOException {
    Enterprise hengda = enterpriseWithoutLogin("宿州恒达新型建材有限公司");
    Enterprise other = enterpriseWithoutLogin("宿州利都纺织有限公司");
    Task hengdaTask = serviceRecordConfirmation(hengda);
    Task otherTask = serviceRecordConfirmation(other);
    String searchText = (String) taskService.getVariableLocal(hengdaTask.getId(), CaseSearch.SEARCH_TEXT.name());
    assertThat(searchText).contains("宿州恒达新型建材有限公司").doesNotContain(hengda.getContactPhone());
    String official = data.districtOfficial(DISTRICT);

    login(official);
    assertLanded(official, IdentityBootstrap.FILTER_DEPARTMENT);
    By hengdaInList = By.cssSelector("ol.tasks-list a[href*='task=" + hengdaTask.getId() + "']");
    By otherInList = By.cssSelector("ol.tasks-list a[href*='task=" + otherTask.getId() + "']");
    wait.until(ExpectedConditions.presenceOfElementLocated(otherInList));

    WebElement search = browser.findElement(By.cssSelector(".work-search input"));
    assertThat(search.getAttribute("placeholder")).contains("企业名称", "专员姓名", "协议编号", "案件名称");
    search.sendKeys("恒达", Keys.ENTER);
    wait.until(ExpectedConditions.numberOfElementsToBe(otherInList, 0));
    wait.until(ExpectedConditions.presenceOfElementLocated(hengdaInList));
    assertThat(browser.findElements(By.cssSelector("ol.tasks-list li.task"))).as("only 恒达's tasks").hasSize(
        (int) taskService.createTaskQuery().taskCandidateGroup(Groups.district(DISTRICT)).includeAssignedTasks()
            .taskVariableValueLike(CaseSearch.SEARCH_TEXT.name(), "%恒达%").count());
    screenshot("landing-search-hengda");

    click(browser.findElement(By.cssSelector(".work-search .work-search-clear")));
    wait.until(ExpectedConditions.presenceOfElementLocated(otherInList));
  }

  // --- fixtures ---------------------------------------------------------------------------------

  /** The applicant applies to the expert pool; the city's review task (in 本部门待办 of the city bureau). */
  private String expertApplicationReview(Commissioner applicant) {
    HttpHeaders headers = new HttpHeaders();
    headers.set(HttpHeaders.CONTENT_TYPE, "application/json");
    var started = rest.withBasicAuth(applicant.getUserId(), TestData.PASSWORD).postForEntity("/api/expert-applications",
        new HttpEntity<>(Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(), "title", "教授",
            "expertise", "新型建材", "reviewFields", List.of("NEW_MATERIALS"), "consent", true), headers), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    return taskService.createTaskQuery().processInstanceId((String) started.getBody().get("processInstanceId"))
        .singleResult().getId();
  }

  private Enterprise enterpriseWithoutLogin(String name) {
    return enterprises.save(new Enterprise(data.creditCode(), name, districts.findById(DISTRICT).orElseThrow(),
        industryGroups.getReferenceById("NEW_MATERIALS"), EnterpriseScale.SMALL, null, "联系人", "13955700000"));
  }

  /** A commissioner serving the enterprise logs three days of service; its confirmation task opens. */
  private Task serviceRecordConfirmation(Enterprise enterprise) {
    Commissioner commissioner = data.commissioner(data.sourceUnit());
    LocalDate today = LocalDate.now(cn.suzhou.shuanglian.platform.process.EngineClock.ZONE);
    fixtures.dispatch(commissioner, DISTRICT, today.minusMonths(2), List.of(enterprise));
    VariableMap service = SERVICE_TYPE.map("CONSULTING");
    START_DATE.in(service, today.minusDays(10));
    END_DATE.in(service, today.minusDays(8));
    DAYS.in(service, 3L);
    CREDIT_CODE.in(service, enterprise.getCreditCode());
    SUMMARY.in(service, "现场诊断窑炉能耗问题，提出余热回收改造方案。");
    identityService.setAuthentication(commissioner.getUserId(), List.of(Groups.COMMISSIONERS));
    ProcessInstance instance;
    try {
      instance = runtimeService.startProcessInstanceByKey(ServiceRecordContract.PROCESS_KEY, service);
    } finally {
      identityService.clearAuthentication();
    }
    return taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
  }

  /** A task of the group, standing in for the group's task in a case. */
  private void groupTask(String name, String groupId) {
    Task task = taskService.newTask();
    task.setName(name);
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), groupId);
  }

  // --- what the official sees ---------------------------------------------------------------------

  /** The filter the official landed on is the one named, selected, and its count is the engine's (> 0). */
  private void assertLanded(String user, String filterName) {
    wait.until(ExpectedConditions.attributeToBe(By.tagName("body"), "data-work-landed", filterName));
    WebElement active = wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("[cam-tasklist-filters] .task-filter.active")));
    assertThat(active.getText()).startsWith(filterName);
    long expected = engineCount(user, filterName);
    assertThat(expected).as("work in " + filterName).isPositive();
    wait.until(driver -> badge(filterName).equals(String.valueOf(expected)));
    wait.until(driver -> driver.findElements(By.cssSelector("ol.tasks-list li.task")).size() == Math.min(expected, 15));
  }

  /** The filter's count shown is the engine's. */
  private void assertCount(String user, String filterName) {
    long expected = engineCount(user, filterName);
    wait.until(driver -> badge(filterName).equals(String.valueOf(expected)));
  }

  private String badge(String filterName) {
    return browser.findElements(By.cssSelector("[cam-tasklist-filters] .task-filter")).stream()
        .filter(f -> f.getText().startsWith(filterName))
        .flatMap(f -> f.findElements(By.cssSelector(".work-count")).stream())
        .map(WebElement::getText).findFirst().orElse("");
  }

  /** What the filter holds for the user, asked of the engine as that user. */
  private long engineCount(String user, String filterName) {
    List<String> groups = identityService.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    String filterId = filterService.createFilterQuery().filterName(filterName).singleResult().getId();
    identityService.setAuthentication(user, groups);
    try {
      return filterService.count(filterId);
    } finally {
      identityService.clearAuthentication();
    }
  }

  /**
   * The task is the one open: the address names it, its form shows its applicant, and claiming it
   * makes the form's fields editable — the task view was not replaced by another filter's list.
   */
  private void assertTaskOpen(String taskId, Commissioner applicant) {
    By applicantName = By.cssSelector("[cam-tasklist-form-camunda] .fjs-form input[id$='-Field_applicantName']");
    wait.until(driver -> applicant.getName().equals(driver.findElement(applicantName).getAttribute("value")));
    click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card button.claim"))));
    WebElement comment = wait.until(ExpectedConditions.elementToBeClickable(
        By.cssSelector("[cam-tasklist-form-camunda] .fjs-form textarea[id$='-Field_reviewComment']")));
    comment.sendKeys("材料齐全。");
    wait.until(driver -> taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee() != null);
    assertThat(browser.getCurrentUrl()).contains("task=" + taskId);
    assertThat(browser.findElement(applicantName).getAttribute("value")).isEqualTo(applicant.getName());
    assertThat(browser.findElement(By.cssSelector("[cam-tasklist-form-camunda] .fjs-form")).getText()).contains("审核结论");
  }

  private String tasklist() {
    return "http://localhost:" + port + "/camunda/app/tasklist/default/";
  }

  private void login(String user) {
    browser.get(tasklist());
    signIn(user);
  }

  /** Signs in on the sign-in form Tasklist shows for the address opened. */
  private void signIn(String user) {
    wait.until(ExpectedConditions.visibilityOfElementLocated(
        By.cssSelector("form[name=signinForm] input[ng-model=username]"))).sendKeys(user);
    browser.findElement(By.cssSelector("form[name=signinForm] input[ng-model=password]")).sendKeys(TestData.PASSWORD);
    browser.findElement(By.cssSelector("form[name=signinForm] button[type=submit]")).click();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("form[name=signinForm]")));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("[cam-tasklist-filters] .task-filter")));
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
