package cn.suzhou.shuanglian.platform;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.APPROVE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.CONSENT;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.EXPERTISE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.PHONE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.RESIDENT_ID;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_FIELDS;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.TITLE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.expert.ExpertApplication;
import cn.suzhou.shuanglian.expert.ExpertApplicationContract;
import cn.suzhou.shuanglian.expert.ExpertApplicationRepository;
import cn.suzhou.shuanglian.expert.ExpertApplicationStatus;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.rules.LostRaces;
import cn.suzhou.shuanglian.platform.rules.RuleConstraints;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.project.ProjectApplicationContract;
import cn.suzhou.shuanglian.project.ProjectApplicationRepository;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Many requests for one place at the same instant, over real HTTP (a fixed thread pool released by
 * one start gate): exactly one wins, every other one gets 409 (or 404 for a task already finished)
 * with the rule in its message, none gets 500; and while the burst runs, another endpoint
 * ({@code GET /api/districts}) keeps answering — each race prints one line with the counts and the
 * slowest of those other requests (figures, not asserted: the machine decides them). The only time
 * asserted is the HTTP client's timeout of {@value #STALL_GUARD_SECONDS} s on the other requests, as a
 * guard against a stalled connection pool. On H2 ({@link RaceOnH2Test}) and MariaDB
 * ({@link RaceOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)  // Camunda REST finds "default" in a static registry
abstract class RaceContract {

  static final int STALL_GUARD_SECONDS = 20;
  static final String DISTRICT = "341302";
  static final ObjectMapper JSON = new ObjectMapper();
  static final List<String> SUMMARY = new ArrayList<>();

  @LocalServerPort int port;
  @Autowired ApplicationContext context;
  @Autowired ProcessEngine processEngine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired ProjectApplicationRepository projects;
  @Autowired ExpertApplicationRepository expertApplications;
  @Autowired ExpertMembershipRepository memberships;
  @Autowired EnterpriseRepository enterprises;
  @Autowired DistrictRepository districts;
  @Autowired IndustryGroupRepository industryGroups;

  final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(STALL_GUARD_SECONDS)).build();
  TestData data;
  DispatchFixtures fixtures;
  String city;

  /** The database's name in the printed lines. */
  abstract String database();

  @BeforeEach
  void fixtures() throws Exception {
    data = new TestData(context);
    fixtures = new DispatchFixtures(context, data);
    city = data.cityOfficial();
    assertThat(get(city, "/api/districts").statusCode()).isEqualTo(200);  // its credentials are cached now
  }

  @AfterAll
  static void printSummary() {
    SUMMARY.forEach(System.out::println);
  }

  // ---- the races -------------------------------------------------------------------------------

  @Test
  @Tag("P-19")
  @DisplayName("P-19 50 joint projects filed at once by one commissioner (with 50 different enterprises): one 201, 49 × 409 naming the winner, no 500")
  void filingsOfOneCommissioner() throws Exception {
    Commissioner commissioner = data.commissioner(data.sourceUnit());
    List<Enterprise> served = IntStream.range(0, 50).mapToObj(i -> fixtures.enterprise(DISTRICT)).toList();
    fixtures.dispatch(commissioner, DISTRICT, LocalDate.now().minusMonths(3), served);
    warm(List.of(commissioner.getUserId()));
    int year = EngineClock.today().getYear();
    long instancesBefore = projectInstances();

    Burst burst = burst("filings-same-commissioner", IntStream.range(0, 50)
        .mapToObj(i -> (Callable<HttpResponse<String>>) () -> post(commissioner.getUserId(), "/api/project-applications",
            projectRequest(served.get(i).getCreditCode(), "并发申报同一专员项目" + i), language(i)))
        .toList());

    assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
    assertThat(burst.count(409)).as(burst.toString()).isEqualTo(49);
    assertThat(burst.count(500)).isZero();
    String winner = text(burst.first(201), "applicationNo");
    assertThat(burst.all(409)).allSatisfy(lost -> assertThat(text(lost, "detail")).contains(winner)
        .contains(inEnglish(lost) ? "each commissioner may file at most one a year" : "每位双链融合专员每年限报 1 项"));
    assertRuleConflicts(burst);
    assertThat(projects.findByCommissionerSlotAndApplicationYear(commissioner.getId(), year)).get()
        .satisfies(p -> assertThat(p.applicationNo()).isEqualTo(winner));
    assertThat(projectInstances()).as("the losers left no case").isEqualTo(instancesBefore + 1);
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 50 commissioners filing for one enterprise at once: one 201, 49 × 409 naming the winner, no 500")
  void filingsForOneEnterprise() throws Exception {
    Enterprise enterprise = fixtures.enterprise(DISTRICT);
    SelectionRound round = fixtures.signedRound(List.of(DISTRICT), LocalDate.now().minusMonths(3));
    List<Commissioner> commissioners = IntStream.range(0, 50).mapToObj(i -> {
      Commissioner c = data.commissioner(data.sourceUnit());
      fixtures.dispatch(round, c, DISTRICT, LocalDate.now().minusMonths(3), List.of(enterprise));
      return c;
    }).toList();
    warm(commissioners.stream().map(Commissioner::getUserId).toList());
    int year = EngineClock.today().getYear();
    long instancesBefore = projectInstances();

    Burst burst = burst("filings-same-enterprise", commissioners.stream()
        .map(c -> (Callable<HttpResponse<String>>) () -> post(c.getUserId(), "/api/project-applications",
            projectRequest(enterprise.getCreditCode(), "并发申报同一企业项目" + c.getId()),
            language(commissioners.indexOf(c))))
        .toList());

    assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
    assertThat(burst.count(409)).as(burst.toString()).isEqualTo(49);
    assertThat(burst.count(500)).isZero();
    String winner = text(burst.first(201), "applicationNo");
    assertThat(burst.all(409)).allSatisfy(lost -> assertThat(text(lost, "detail")).contains(winner)
        .contains(inEnglish(lost) ? "each enterprise may file at most one a year" : "每家企业每年限报 1 项"));
    assertRuleConflicts(burst);
    assertThat(projects.findByEnterpriseSlotAndApplicationYear(enterprise.getId(), year)).get()
        .satisfies(p -> assertThat(p.applicationNo()).isEqualTo(winner));
    assertThat(projectInstances()).isEqualTo(instancesBefore + 1);
  }

  @Test
  @Tag("P-19")
  @DisplayName("P-19 20 commissioners with 20 enterprises filing at once: all 201, numbered without gaps or repeats from the year's last number")
  void numbersUnderABurst() throws Exception {
    SelectionRound round = fixtures.signedRound(List.of(DISTRICT), LocalDate.now().minusMonths(3));
    List<Commissioner> commissioners = new ArrayList<>();
    List<Enterprise> enterprises = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      Commissioner c = data.commissioner(data.sourceUnit());
      Enterprise e = fixtures.enterprise(DISTRICT);
      fixtures.dispatch(round, c, DISTRICT, LocalDate.now().minusMonths(3), List.of(e));
      commissioners.add(c);
      enterprises.add(e);
    }
    warm(commissioners.stream().map(Commissioner::getUserId).toList());
    int year = EngineClock.today().getYear();
    int last = projects.highestSerialOf(year);

    Burst burst = burst("filings-distinct-numbers", IntStream.range(0, 20)
        .mapToObj(i -> (Callable<HttpResponse<String>>) () -> post(commissioners.get(i).getUserId(),
            "/api/project-applications", projectRequest(enterprises.get(i).getCreditCode(), "并发申报编号项目" + i)))
        .toList());

    assertThat(burst.count(201)).as(burst.toString()).isEqualTo(20);
    List<Integer> serials = burst.all(201).stream()
        .map(r -> Integer.parseInt(text(r, "applicationNo").replaceAll(".*〕", ""))).sorted().toList();
    assertThat(serials).as("distinct and contiguous after the year's last number %d", last)
        .containsExactlyElementsOf(IntStream.rangeClosed(last + 1, last + 20).boxed().toList());
    SUMMARY.add("RACE filings-distinct-numbers " + database() + ": numbers " + serials.get(0) + "–"
        + serials.get(serials.size() - 1) + " (" + serials.size() + " distinct, no gaps)");
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 30 expert-pool applications by one commissioner at once: one 201, 29 × 409 (one application under review), no 500")
  void expertApplicationsOfOneCommissioner() throws Exception {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    warm(List.of(applicant.getUserId()));
    Map<String, Object> request = Map.of("residentId", applicant.getResidentId(), "phone", applicant.getPhone(),
        "title", "教授", "expertise", "新型建材、固废资源化利用", "reviewFields", List.of("NEW_MATERIALS"), "consent", true);

    Burst burst = burst("expert-applications-same-commissioner", IntStream.range(0, 30)
        .mapToObj(i -> (Callable<HttpResponse<String>>) () -> post(applicant.getUserId(), "/api/expert-applications",
            request, language(i)))
        .toList());

    assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
    assertThat(burst.count(409)).as(burst.toString()).isEqualTo(29);
    assertThat(burst.count(500)).isZero();
    assertThat(burst.all(409)).allSatisfy(lost -> assertThat(text(lost, "detail")).contains(applicant.getName())
        .contains(inEnglish(lost) ? "application under review" : "正在审核"));
    assertRuleConflicts(burst);
    assertThat(expertApplications.findByPendingCommissionerId(applicant.getId())).get()
        .satisfies(a -> assertThat(a.getProcessInstanceId()).isEqualTo(text(burst.first(201), "processInstanceId")));
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 20 city officials completing one review task at once over /engine-rest: one 204, the rest 409 or 404, no 500; one membership")
  void completesOfOneTask() throws Exception {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    ProcessInstance instance = applyForThePool(applicant);
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    assertThat(review.getTaskDefinitionKey()).isEqualTo(ExpertApplicationContract.REVIEW_TASK);
    List<String> officials = IntStream.range(0, 20).mapToObj(i -> data.cityOfficial()).toList();
    warm(officials);
    Map<String, Object> body = Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", APPROVE)));

    Burst burst = burst("task-completes", officials.stream()
        .map(official -> (Callable<HttpResponse<String>>) () -> post(official,
            "/engine-rest/task/" + review.getId() + "/complete", body, language(officials.indexOf(official))))
        .toList());

    assertThat(burst.count(204)).as(burst.toString()).isEqualTo(1);
    assertThat(burst.count(409) + burst.count(404)).as(burst.toString()).isEqualTo(19);
    assertThat(burst.count(500)).isZero();
    List<HttpResponse<String>> lost = new ArrayList<>(burst.all(409));
    lost.addAll(burst.all(404));
    assertThat(lost).allSatisfy(r -> {
      assertThat(text(r, "type")).isIn("urn:shuanglian:problem:conflict", "urn:shuanglian:problem:not-found");
      assertThat(text(r, "detail")).matches(inEnglish(r) ? "[^\\p{IsHan}]+" : ".*\\p{IsHan}.*");
      assertNoInternals(r);
    });
    assertThat(expertApplications.findByProcessInstanceId(instance.getId())).get()
        .satisfies(a -> assertThat(a.getStatus()).isEqualTo(ExpertApplicationStatus.APPROVED));
    assertThat(memberships.findByCommissionerId(applicant.getId())).isPresent();
  }

  @Test
  @Tag("P-20")
  @DisplayName("P-20 20 city officials claiming one review task at once over /engine-rest: one 204, 19 × 409, no 500; the winner completes it")
  void claimsOfOneTask() throws Exception {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    ProcessInstance instance = applyForThePool(applicant);
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    List<String> officials = IntStream.range(0, 20).mapToObj(i -> data.cityOfficial()).toList();
    warm(officials);

    Burst burst = burst("task-claims", officials.stream()
        .map(official -> (Callable<HttpResponse<String>>) () -> post(official,
            "/engine-rest/task/" + review.getId() + "/claim", Map.of("userId", official),
            language(officials.indexOf(official))))
        .toList());

    assertThat(burst.count(204)).as(burst.toString()).isEqualTo(1);
    assertThat(burst.count(409)).as(burst.toString()).isEqualTo(19);
    assertThat(burst.all(409)).allSatisfy(r -> {
      assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
          type -> assertThat(type).startsWith("application/problem+json"));
      assertThat(text(r, "type")).isEqualTo("urn:shuanglian:problem:conflict");
      assertThat(text(r, "detail")).matches(inEnglish(r) ? "[^\\p{IsHan}]+" : ".*\\p{IsHan}.*");
      assertNoInternals(r);
    });
    String winner = officials.get(burst.responses().indexOf(burst.first(204)));
    assertThat(taskService.createTaskQuery().taskId(review.getId()).singleResult().getAssignee()).isEqualTo(winner);
    Map<String, Object> body = Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", APPROVE)));
    assertThat(post(winner, "/engine-rest/task/" + review.getId() + "/complete", body).statusCode()).isEqualTo(204);
    assertThat(memberships.findByCommissionerId(applicant.getId())).isPresent();
  }

  @Test
  @DisplayName("20 registrations of one enterprise (one credit code) at once: one 201, 19 × 409 saying it is registered, no 500")
  void registrationsOfOneEnterprise() throws Exception {
    String code = data.creditCode();
    Map<String, Object> enterprise = Map.of("creditCode", code, "name", "宿州并发登记企业" + code, "districtCode", DISTRICT,
        "industryGroupCode", "NEW_MATERIALS", "scale", "SMALL", "contactName", "联系人", "contactPhone", "13955700000");

    Burst burst = burst("enterprise-registrations-same-code", IntStream.range(0, 20)
        .mapToObj(i -> (Callable<HttpResponse<String>>) () -> post(city, "/api/enterprises", enterprise, language(i)))
        .toList());

    assertThat(burst.count(201)).as(burst.toString()).isEqualTo(1);
    assertThat(burst.count(409)).as(burst.toString()).isEqualTo(19);
    assertThat(burst.count(500)).isZero();
    assertThat(burst.all(409)).allSatisfy(lost -> assertThat(text(lost, "detail"))
        .contains(inEnglish(lost) ? "registered" : "已登记"));
    assertRuleConflicts(burst);
  }

  @Test
  @DisplayName("the database names the rule it held: a second pending application and a second enterprise of one code are read as their rules")
  void databaseNamesTheRule() {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    expertApplications.saveAndFlush(new ExpertApplication(applicant, data.id("case"), "教授", "新型建材", "NEW_MATERIALS",
        null, applicant.getUserId(), Instant.now()));
    assertThatThrownBy(() -> expertApplications.saveAndFlush(new ExpertApplication(applicant, data.id("case"), "教授",
        "新型建材", "NEW_MATERIALS", null, applicant.getUserId(), Instant.now())))
        .isInstanceOfSatisfying(DataIntegrityViolationException.class, e -> assertThat(RuleConstraints.violatedBy(e))
            .get().isEqualTo(new RuleConstraints.Constraint("uk_expert_application_pending", RuleConstraints.Kind.RULE)));

    Enterprise first = fixtures.enterprise(DISTRICT);
    assertThatThrownBy(() -> enterprises.saveAndFlush(new Enterprise(first.getCreditCode(), "另一家" + first.getName(),
        districts.findById(DISTRICT).orElseThrow(), industryGroups.getReferenceById("NEW_MATERIALS"),
        EnterpriseScale.SMALL, null, "联系人", "13955700000")))
        .isInstanceOfSatisfying(DataIntegrityViolationException.class, e -> assertThat(RuleConstraints.violatedBy(e))
            .get().isEqualTo(new RuleConstraints.Constraint("uk_enterprise_credit_code", RuleConstraints.Kind.RULE)));
  }

  @Test
  @DisplayName("a task completed by another request between a completion's read and its authorization check is not found (404), not forbidden")
  void taskFinishedMeanwhileIsNotFound() {
    Commissioner applicant = data.commissioner(data.sourceUnit());
    ProcessInstance instance = applyForThePool(applicant);
    Task review = taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult();
    LostRaces lostRaces = new LostRaces(context.getBean(Messages.class),
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration());
    CompleteTaskCmd completion = new CompleteTaskCmd(review.getId(), Map.of());
    assertThat(lostRaces.finishedMeanwhile(completion)).as("the task is still open: a refusal stays a refusal").isEmpty();

    identityService.setAuthentication(city, List.of(Groups.CITY));
    try {
      taskService.complete(review.getId(), REVIEW_DECISION.map(APPROVE));
    } finally {
      identityService.clearAuthentication();
    }
    assertThat(lostRaces.finishedMeanwhile(completion)).contains(review.getId());
  }

  // ---- the burst -------------------------------------------------------------------------------

  /** What came back from a burst, by status. */
  record Burst(String race, List<HttpResponse<String>> responses) {

    long count(int status) {
      return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    List<HttpResponse<String>> all(int status) {
      return responses.stream().filter(r -> r.statusCode() == status).toList();
    }

    HttpResponse<String> first(int status) {
      return all(status).get(0);
    }

    Map<Integer, Long> byStatus() {
      Map<Integer, Long> counts = new TreeMap<>();
      responses.forEach(r -> counts.merge(r.statusCode(), 1L, Long::sum));
      return counts;
    }

    @Override
    public String toString() {
      return race + " " + byStatus() + " e.g. " + responses.stream().filter(r -> r.statusCode() >= 500
          || (r.statusCode() >= 400 && r.statusCode() != 409 && r.statusCode() != 404)).findFirst()
          .map(HttpResponse::body).orElse("");
    }
  }

  /**
   * Fires the calls from a fixed pool of threads released together by one gate; meanwhile another
   * thread keeps asking {@code GET /api/districts} as the city official and times each answer. Prints
   * one line for the race.
   */
  Burst burst(String race, List<Callable<HttpResponse<String>>> calls) throws Exception {
    long normal = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = System.nanoTime();
      assertThat(get(city, "/api/districts").statusCode()).isEqualTo(200);
      normal = Math.min(normal, (System.nanoTime() - start) / 1_000_000);
    }
    ExecutorService pool = Executors.newFixedThreadPool(calls.size() + 1);
    CountDownLatch ready = new CountDownLatch(calls.size());
    CountDownLatch go = new CountDownLatch(1);
    AtomicBoolean done = new AtomicBoolean();
    try {
      List<Future<HttpResponse<String>>> futures = new ArrayList<>();
      for (Callable<HttpResponse<String>> call : calls) {
        futures.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          return call.call();
        }));
      }
      Future<long[]> other = pool.submit(() -> {
        go.await();
        long slowest = 0;
        long count = 0;
        do {
          long start = System.nanoTime();
          HttpResponse<String> answer = get(city, "/api/districts");  // times out after STALL_GUARD_SECONDS
          assertThat(answer.statusCode()).as("the other request during the burst").isEqualTo(200);
          slowest = Math.max(slowest, (System.nanoTime() - start) / 1_000_000);
          count++;
          Thread.sleep(20);
        } while (!done.get());
        return new long[] {slowest, count};
      });
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      long burstStart = System.nanoTime();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> future : futures) {
        responses.add(future.get(120, TimeUnit.SECONDS));
      }
      long burstMillis = (System.nanoTime() - burstStart) / 1_000_000;
      done.set(true);
      long[] otherRequests = other.get(STALL_GUARD_SECONDS + 5, TimeUnit.SECONDS);
      Burst burst = new Burst(race, responses);
      long winners = burst.count(201) + burst.count(204);
      long rest = responses.size() - winners - burst.count(409) - burst.count(404) - burst.count(500);
      String line = String.format("RACE %s %s: winners=%d conflicts=%d not-found=%d errors500=%d other=%d "
              + "slowest-other-request=%dms (%d during the burst of %d requests, %d ms; the same request alone: %d ms)",
          race, database(), winners, burst.count(409), burst.count(404), burst.count(500), rest, otherRequests[0],
          otherRequests[1], calls.size(), burstMillis, normal);
      System.out.println(line);
      SUMMARY.add(line);
      return burst;
    } finally {
      pool.shutdownNow();
    }
  }

  // ---- HTTP and fixtures -----------------------------------------------------------------------

  /** Racer {@code i} asks in Chinese when even, in English when odd. */
  static String language(int i) {
    return i % 2 == 0 ? "zh-CN" : "en";
  }

  static boolean inEnglish(HttpResponse<String> response) {
    return response.request().headers().firstValue("Accept-Language").orElse("").startsWith("en");
  }

  HttpResponse<String> post(String user, String path, Object body) throws Exception {
    return post(user, path, body, "zh-CN");
  }

  HttpResponse<String> post(String user, String path, Object body, String language) throws Exception {
    HttpRequest request = request(user, path, language).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpResponse<String> get(String user, String path) throws Exception {
    return client.send(request(user, path, "zh-CN").GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  HttpRequest.Builder request(String user, String path, String language) {
    String credentials = Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(Duration.ofSeconds(STALL_GUARD_SECONDS))
        .header("Authorization", "Basic " + credentials)
        .header("Accept-Language", language);
  }

  /** Each racer authenticates once before the gate opens, so the burst races for the place, not the password check. */
  void warm(List<String> users) throws Exception {
    for (String user : users) {
      assertThat(get(user, "/api/districts").statusCode()).isEqualTo(200);
    }
  }

  /** Every loser is a rule-conflict problem without internals. */
  static void assertRuleConflicts(Burst burst) {
    assertThat(burst.all(409)).allSatisfy(lost -> {
      assertThat(text(lost, "type")).isEqualTo("urn:shuanglian:problem:rule-conflict");
      assertNoInternals(lost);
    });
  }

  static void assertNoInternals(HttpResponse<String> response) {
    assertThat(response.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("insert into")
        .doesNotContainIgnoringCase("duplicate entry").doesNotContain("uk_").doesNotContain("UK_");
  }

  static String text(HttpResponse<String> response, String field) {
    try {
      JsonNode node = JSON.readTree(response.body()).path(field);
      return node.isMissingNode() || node.isNull() ? null : node.asText();
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  static Map<String, Object> projectRequest(String creditCode, String title) {
    Map<String, Object> body = new HashMap<>();
    body.put("creditCode", creditCode);
    body.put("title", title);
    body.put("category", "SCIENCE_PLAN");
    body.put("industryGroupCode", "NEW_MATERIALS");
    body.put("content", "研究煤基固废制备高性能防腐涂层填料的关键技术，完成中试并在企业产线应用。");
    body.put("goals", "形成年产5000吨生产能力，新增产值3000万元。");
    body.put("totalBudget", 300);
    body.put("enterpriseFunding", 200);
    body.put("durationMonths", 24);
    body.put("jointPledge", true);
    return body;
  }

  long projectInstances() {
    return runtimeService.createProcessInstanceQuery().processDefinitionKey(ProjectApplicationContract.PROCESS_KEY)
        .count();
  }

  /** An expert-pool application of the commissioner, filed as them in the engine: the city's review task is open. */
  ProcessInstance applyForThePool(Commissioner who) {
    VariableMap variables = RESIDENT_ID.map(who.getResidentId());
    PHONE.in(variables, who.getPhone());
    TITLE.in(variables, "教授");
    EXPERTISE.in(variables, "新型建材、固废资源化利用");
    REVIEW_FIELDS.in(variables, List.of("NEW_MATERIALS"));
    CONSENT.in(variables, true);
    identityService.setAuthentication(who.getUserId(), List.of(Groups.COMMISSIONERS));
    try {
      return runtimeService.startProcessInstanceByKey(ExpertApplicationContract.PROCESS_KEY, variables);
    } finally {
      identityService.clearAuthentication();
    }
  }
}
