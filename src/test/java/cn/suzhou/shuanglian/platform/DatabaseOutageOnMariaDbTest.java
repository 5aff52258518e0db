package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.WebappSession;
import cn.suzhou.shuanglian.support.RequiresMariaDb;
import cn.suzhou.shuanglian.support.TcpProxy;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The database goes away and comes back (issue 14, README "Database outage"): the application runs
 * on MariaDB through a TCP proxy in this JVM ({@link TcpProxy}); cutting the proxy closes every
 * pooled connection and refuses new ones, as a stopped database server does. While it is cut,
 * {@code /api}, {@code /engine-rest} and the webapps' engine API answer fast with 503
 * problem+json in the caller's language and {@code Retry-After}, an unknown credential too (503,
 * not 401), and {@code /actuator/health} says DOWN; once it is restored, requests succeed, health
 * says UP and the job executor runs jobs again — without a restart. The cut lasts about 15 s (not a
 * minute: CI time); the only bound asserted is the client's 10 s timeout on each answer, the
 * figures are printed.
 *
 * <p>No H2 variant: the H2 file database lives inside the application's JVM and cannot go away
 * on its own.
 */
@RequiresMariaDb
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"mysql", "test-mysql"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
@DisplayName("Database outage on MariaDB: fail fast with 503, recover without a restart")
class DatabaseOutageOnMariaDbTest {

  private static final Duration ANSWER_WITHIN = Duration.ofSeconds(10);
  private static final Duration CUT_FOR = Duration.ofSeconds(15);
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static TcpProxy proxy;

  @Autowired ApplicationContext context;
  @Autowired TestRestTemplate rest;
  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;
  @Autowired HistoryService historyService;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newBuilder().connectTimeout(ANSWER_WITHIN).build();
  /** The longest answer (ms) since it was last reset. */
  private volatile long slowest;

  /** The application's JDBC URL names the proxy instead of the database server. */
  @DynamicPropertySource
  static void throughProxy(DynamicPropertyRegistry registry) throws IOException {
    Matcher url = Pattern.compile("^jdbc:mysql://([^:/?]+)(?::(\\d+))?(/.*)$").matcher(System.getenv("TEST_MYSQL_URL"));
    if (!url.matches()) {
      throw new IllegalStateException("TEST_MYSQL_URL is not jdbc:mysql://host[:port]/database…");
    }
    proxy = new TcpProxy(url.group(1), url.group(2) == null ? 3306 : Integer.parseInt(url.group(2)));
    registry.add("spring.datasource.url", () -> "jdbc:mysql://127.0.0.1:" + proxy.port() + url.group(3));
  }

  @Test
  @DisplayName("cut: /api, /engine-rest and the webapps answer 503 problem+json in the caller's language with Retry-After, "
      + "health DOWN; restored: requests, health and the job executor work again")
  void outageAndRecovery(CapturedOutput output) throws Exception {
    TestData data = new TestData(context);
    String city = data.cityOfficial();
    String stranger = data.cityOfficial();  // never authenticated before the cut: its check needs the database
    String deployment = repositoryService.createDeployment().addModelInstance("outageProbe.bpmn",
        Bpmn.createExecutableProcess("outageProbe").camundaHistoryTimeToLive(1)
            .startEvent().camundaAsyncAfter().endEvent().done()).deploy().getId();
    try {
      assertThat(get("/api/districts", city, "zh-CN").statusCode()).isEqualTo(200);
      assertThat(get("/engine-rest/task", city, "zh-CN").statusCode()).isEqualTo(200);
      WebappSession tasklist = WebappSession.login(rest, "tasklist", city, TestData.PASSWORD);
      assertThat(get("/actuator/health", null, "zh-CN").statusCode()).isEqualTo(200);

      long cut = System.nanoTime();
      slowest = 0;
      proxy.cut();
      // a load balancer's probe, asking from the moment of the cut
      CompletableFuture<Long> healthDown = CompletableFuture.supplyAsync(() -> {
        try {
          HttpResponse<String> health = awaitAnswer("/actuator/health", null, r -> r.statusCode() == 503, ANSWER_WITHIN);
          assertThat(JSON.readTree(health.body()).get("status").asText()).isEqualTo("DOWN");
          return millisSince(cut);
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      });

      HttpResponse<String> api = get("/api/districts", city, "zh-CN");
      long firstAnswer = millisSince(cut);
      assertUnavailable(api, true);
      assertUnavailable(get("/api/districts", city, "en"), false);
      assertUnavailable(get("/engine-rest/task", city, "zh-CN"), true);
      assertUnavailable(get("/engine-rest/task", city, "en-US,en;q=0.9"), false);
      assertUnavailable(get("/engine-rest/task", stranger, "zh-CN"), true);
      assertUnavailable(get("/api/districts", stranger, "en"), false);

      long webappStart = System.nanoTime();
      ResponseEntity<String> webapp = CompletableFuture.supplyAsync(() -> tasklist.exchange(
          "/camunda/api/engine/engine/default/task/count", HttpMethod.GET, null, "en-US"))
          .get(ANSWER_WITHIN.toSeconds(), TimeUnit.SECONDS);
      long webappMillis = millisSince(webappStart);
      assertThat(webapp.getStatusCode().value()).isEqualTo(503);
      assertThat(webapp.getHeaders().getContentType().toString()).startsWith("application/problem+json");
      assertThat(webapp.getHeaders().getFirst("Retry-After")).matches("[1-9][0-9]*");
      JsonNode webappProblem = JSON.readTree(webapp.getBody());
      assertThat(webappProblem.get("type").asText()).isEqualTo("urn:shuanglian:problem:unavailable");
      assertThat(webappProblem.get("message").asText()).containsPattern(HAN);  // Tasklist shows it; Chinese


      while (millisSince(cut) < CUT_FOR.toMillis()) {
        assertThat(get("/api/districts", city, "zh-CN").statusCode()).isEqualTo(503);
      }
      long slowestDuringCut = Math.max(slowest, webappMillis);
      long cutLasted = millisSince(cut);

      long restored = System.nanoTime();
      proxy.restore();
      awaitAnswer("/api/districts", city, r -> r.statusCode() == 200, Duration.ofSeconds(30));
      long recovered = millisSince(restored);
      awaitAnswer("/actuator/health", null, r -> r.statusCode() == 200, Duration.ofSeconds(30));
      long healthUp = millisSince(restored);
      assertThat(get("/engine-rest/task", city, "zh-CN").statusCode()).isEqualTo(200);
      assertThat(get("/engine-rest/task", stranger, "zh-CN").statusCode()).isEqualTo(200);
      assertThat(tasklist.exchange("/camunda/api/engine/engine/default/task/count", HttpMethod.GET, null)
          .getStatusCode().value()).isEqualTo(200);

      long jobStart = System.nanoTime();
      String instance = runtimeService.startProcessInstanceByKey("outageProbe").getId();
      long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (historyService.createHistoricProcessInstanceQuery().processInstanceId(instance).finished().count() == 0) {
        assertThat(System.nanoTime()).as("the probe's async continuation ran within 60 s").isLessThan(deadline);
        Thread.sleep(100);
      }
      long jobRan = millisSince(jobStart);

      System.out.printf("[outage] database cut for %.1f s through a TCP proxy (MariaDB, Hikari connection-timeout %s ms)%n",
          cutLasted / 1000.0, context.getEnvironment().getProperty("spring.datasource.hikari.connection-timeout"));
      System.out.printf("[outage] first 503 (GET /api/districts) %d ms after the cut; webapp engine API 503 in %d ms;"
          + " slowest answer during the cut %d ms%n", firstAnswer, webappMillis, slowestDuringCut);
      System.out.printf("[outage] /actuator/health DOWN (503) %d ms after the cut%n", healthDown.get());
      System.out.printf("[outage] after restoring: first 200 in %d ms, health UP in %d ms, an async job ran in %d ms"
          + " (no restart)%n", recovered, healthUp, jobRan);

      String log = output.getOut() + output.getErr();
      assertThat(log).as("one WARN line per refused request").contains("database unavailable, answered 503: GET /api/districts")
          .contains("database unavailable, answered 503: GET /engine-rest/task");
      assertThat(log).as("no stack trace per request from Tomcat, no internal-error id")
          .doesNotContain("Servlet.service() for servlet").doesNotContain("unexpected error");
    } finally {
      proxy.restore();
      deleteWhenBack(deployment);
    }
  }

  /** Removes the probe's deployment once the database answers again (after a failure during the cut, too). */
  private void deleteWhenBack(String deployment) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        repositoryService.deleteDeployment(deployment, true, true);
        return;
      } catch (RuntimeException stillAway) {
        if (System.nanoTime() > deadline) {
          throw stillAway;
        }
        Thread.sleep(500);
      }
    }
  }

  private void assertUnavailable(HttpResponse<String> response, boolean chinese) throws IOException {
    assertThat(response.statusCode()).as("%s %s", response.uri(), response.body()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("Retry-After")).hasValueSatisfying(
        seconds -> assertThat(seconds).matches("[1-9][0-9]*"));
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("urn:shuanglian:problem:unavailable");
    assertThat(problem.get("status").asInt()).isEqualTo(503);
    if (chinese) {
      assertThat(problem.get("detail").asText()).containsPattern(HAN).contains("数据库");
    } else {
      assertThat(problem.get("detail").asText()).doesNotContainPattern(HAN).contains("database");
    }
    assertThat(response.body()).doesNotContain("Exception").doesNotContain("Hikari").doesNotContain("jdbc");
  }

  /** Asks until the answer is as expected; every answer within the client's timeout. */
  private HttpResponse<String> awaitAnswer(String path, String user, Predicate<HttpResponse<String>> expected, Duration within)
      throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      HttpResponse<String> response = get(path, user, "zh-CN");
      if (expected.test(response)) {
        return response;
      }
      assertThat(System.nanoTime()).as("%s answered as expected within %s; last: %d %s", path, within,
          response.statusCode(), response.body()).isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private HttpResponse<String> get(String path, String user, String language) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .timeout(ANSWER_WITHIN).header("Accept-Language", language).GET();
    if (user != null) {
      request.header("Authorization", "Basic "
          + Base64.getEncoder().encodeToString((user + ":" + TestData.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }
    long start = System.nanoTime();
    HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    slowest = Math.max(slowest, millisSince(start));
    return response;
  }

  private static long millisSince(long nanos) {
    return (System.nanoTime() - nanos) / 1_000_000;
  }
}
