package cn.suzhou.shuanglian.platform;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.APPROVE;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_DECISION;
import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.REVIEW_TASK;
import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.support.AppNode;
import cn.suzhou.shuanglian.support.RequiresMariaDb;
import cn.suzhou.shuanglian.support.TestIds;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes on one database (issue 14, README "Two nodes"): two application instances, each in its
 * own JVM ({@link AppNode}: main class {@code ShuanglianApplication}, this test's class path without
 * the test classes, profile {@code mysql}), on free ports and the test's MariaDB database. Shown:
 * both are healthy; the second start adds no deployment; a Tasklist login made on node 1 is valid on
 * node 2 (shared sessions, Spring Session JDBC); a password changed on node 1 is refused on node 2
 * within seconds (the REST credential cache's TTL); timers and async jobs of a tiny test process run
 * exactly once across both nodes; claims and completes of one review task raced across the nodes
 * (10 rounds) give one 204 each time and 409 (or 404 for a task finished a moment before) to every
 * other request, problem+json in the caller's language, and every case goes on once; a timer job held by node 2 when it is killed ({@code kill -9}; node
 * 1 frozen meanwhile so that node 2 is the one holding it, the job kept running by a row lock the
 * test holds) is run by node 1 once the job's lock expires (60 s), once. Figures are printed; the only bounds are the polls' deadlines.
 */
@RequiresMariaDb
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("two nodes on one MariaDB database")
class TwoNodesOnMariaDbTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN = AppNode.ADMIN;
  private static final String ADMIN_PASSWORD = AppNode.ADMIN_PASSWORD;
  private static final String PROCESS_KEY = "twoNodesTimerAndAsync";
  private static final int INSTANCES = 20;

  private static AppNode node1;
  private static AppNode node2;
  private static long deploymentsAfterNode1;
  private static long deploymentsAfterNode2;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    // the first node alone: on an empty database it creates Camunda's schema, which two nodes
    // starting together would race for (README "Two nodes": start one node first)
    node1 = node("node1");
    deploymentsAfterNode1 = count(node1, "/engine-rest/deployment/count");
    node2 = node("node2");
    deploymentsAfterNode2 = count(node2, "/engine-rest/deployment/count");
    System.out.printf("two nodes: node1 up in %.1f s (port %d), node2 up in %.1f s (port %d)"
        + " (launch to the first authenticated answer)%n", node1.startupSeconds(), node1.port(),
        node2.startupSeconds(), node2.port());
  }

  /** One node: the job log names it; an idle job executor looks for due timers every 2 s, not up to every 60 s. */
  private static AppNode node(String name) throws Exception {
    AppNode node = AppNode.named(name).log(Path.of("target", "two-nodes", name + ".log"))
        .jvm("-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
        .property("camunda.bpm.generic-properties.properties.hostname", name)
        .property("camunda.bpm.job-execution.max-wait", 2000)
        .property("camunda.bpm.job-execution.wait-time-in-millis", 500)
        .startWithin(Duration.ofSeconds(150)).start();
    node.awaitHealthy(Duration.ofSeconds(60));
    return node;
  }

  @AfterAll
  static void stopBothNodes() throws InterruptedException {
    for (AppNode node : new AppNode[] {node1, node2}) {
      if (node != null) {
        node.kill();
      }
    }
  }

  @Test
  @Order(1)
  @DisplayName("both nodes are healthy and the second start adds no deployment")
  void healthyAndNoDuplicateDeployment() throws Exception {
    assertThat(node1.get("/actuator/health", null).statusCode()).isEqualTo(200);
    assertThat(node2.get("/actuator/health", null).statusCode()).isEqualTo(200);
    List<String> keys = JSON.readTree(node2.get("/engine-rest/process-definition?latestVersion=true",
        basic(ADMIN, ADMIN_PASSWORD)).body()).findValuesAsText("key");
    long versionsAbove1 = JSON.readTree(node2.get("/engine-rest/process-definition?latestVersion=true",
        basic(ADMIN, ADMIN_PASSWORD)).body()).findValues("version").stream().filter(v -> v.asInt() > 1).count();
    System.out.printf("two nodes: deployments after node1 %d, after node2 %d; %d process definitions (latest), "
        + "%d of them above version 1%n", deploymentsAfterNode1, deploymentsAfterNode2, keys.size(), versionsAbove1);
    assertThat(deploymentsAfterNode2).isEqualTo(deploymentsAfterNode1);
    assertThat(keys).isNotEmpty();
  }

  @Test
  @Order(2)
  @DisplayName("a Tasklist login on node 1 is valid on node 2")
  void webappLoginIsSharedAcrossNodes() throws Exception {
    Map<String, String> cookies = new LinkedHashMap<>();
    keep(cookies, node1.get("/camunda/app/tasklist/default/", null));
    HttpResponse<String> login = node1.send(HttpRequest.newBuilder(node1.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .headers(cookieHeaders(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(ADMIN) + "&password=" + enc(ADMIN_PASSWORD))));
    assertThat(login.statusCode()).as("login on node 1: %s", login.body()).isEqualTo(200);
    keep(cookies, login);
    String sessionCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElse("(none)");

    HttpResponse<String> onNode2 = node2.send(HttpRequest.newBuilder(node2.uri("/camunda/api/engine/engine/default/task/count"))
        .headers(cookieHeaders(cookies)).GET());
    HttpResponse<String> user = node2.send(HttpRequest.newBuilder(node2.uri("/camunda/api/admin/auth/user/default"))
        .headers(cookieHeaders(cookies)).GET());
    // Cockpit's plugin API is kept to process managers and administrators by reading the session's login
    HttpResponse<String> plugin = node2.send(HttpRequest.newBuilder(
        node2.uri("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")).headers(cookieHeaders(cookies)).GET());
    HttpResponse<String> withoutCookie = node2.get("/camunda/api/engine/engine/default/task/count", null);
    System.out.printf("two nodes: login on node1 -> %d (cookie %s); node2 engine API with that cookie -> %d %s; "
        + "node2 auth user -> %d; node2 Cockpit plugin API -> %d; node2 without cookie -> %d%n", login.statusCode(),
        sessionCookie.replaceFirst("=[^;]*", "=…"), onNode2.statusCode(), onNode2.body(), user.statusCode(),
        plugin.statusCode(), withoutCookie.statusCode());
    assertThat(onNode2.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(onNode2.body()).get("count").isNumber()).isTrue();
    assertThat(JSON.readTree(user.body()).get("userId").asText()).isEqualTo(ADMIN);
    assertThat(plugin.statusCode()).isEqualTo(200);
    assertThat(withoutCookie.statusCode()).isEqualTo(401);
  }

  @Test
  @Order(3)
  @DisplayName("a password changed on node 1 is refused on node 2 within seconds")
  void passwordChangeReachesTheOtherNode() throws Exception {
    String userId = "two-nodes-" + UUID.randomUUID().toString().substring(0, 8);
    String oldPassword = "Old#Passw0rd2026";
    String newPassword = "New#Passw0rd2026";
    String admin = basic(ADMIN, ADMIN_PASSWORD);
    HttpResponse<String> created = node1.post("/engine-rest/user/create", admin, JSON.writeValueAsString(Map.of(
        "profile", Map.of("id", userId, "firstName", "Two", "lastName", "Nodes"),
        "credentials", Map.of("password", oldPassword))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    // the user's own profile: any authenticated call will do; node 2 caches the old credentials now
    String profilePath = "/engine-rest/user/" + userId + "/profile";
    assertThat(node2.get(profilePath, basic(userId, oldPassword)).statusCode()).isEqualTo(200);
    assertThat(node2.get(profilePath, basic(userId, oldPassword)).statusCode()).isEqualTo(200);

    HttpResponse<String> changed = node1.send(HttpRequest.newBuilder(node1.uri("/engine-rest/user/" + userId + "/credentials"))
        .header("Authorization", admin).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of(
            "password", newPassword, "authenticatedUserPassword", ADMIN_PASSWORD)))));
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    long changedAt = System.nanoTime();
    int acceptedAfterChange = 0;
    int status = 200;
    while (System.nanoTime() - changedAt < Duration.ofSeconds(10).toNanos()) {
      status = node2.get(profilePath, basic(userId, oldPassword)).statusCode();
      if (status != 200) {
        break;
      }
      acceptedAfterChange++;
      Thread.sleep(200);
    }
    double seconds = (System.nanoTime() - changedAt) / 1e9;
    System.out.printf("two nodes: password changed on node1; node2 accepted the old password %d more times, "
        + "refused it (%d) after %.1f s (credential cache TTL PT5S)%n", acceptedAfterChange, status, seconds);
    assertThat(status).as("node 2 refuses the old password within 10 s").isEqualTo(401);
    assertThat(node1.get(profilePath, basic(userId, oldPassword)).statusCode()).isEqualTo(401);
  }

  @Test
  @Order(4)
  @DisplayName("timers and async jobs run exactly once across both nodes")
  void jobsRunOnce() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY).camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("PT1S")
        .serviceTask("work").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
    String admin = basic(ADMIN, ADMIN_PASSWORD);
    HttpResponse<String> deployed = deploy(node1, admin, "two-nodes-test", PROCESS_KEY + ".bpmn", Bpmn.convertToString(model));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String definitionId = JSON.readTree(deployed.body()).get("deployedProcessDefinitions").fieldNames().next();

    long t0 = System.nanoTime();
    for (int i = 0; i < INSTANCES; i++) {
      AppNode node = i % 2 == 0 ? node1 : node2;
      HttpResponse<String> started = node.post("/engine-rest/process-definition/" + definitionId + "/start", admin, "{}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    }
    String finished = "/engine-rest/history/process-instance/count?finished=true&processDefinitionId=" + definitionId;
    long done = 0;
    while (System.nanoTime() - t0 < Duration.ofSeconds(60).toNanos()) {
      done = count(node2, finished);
      if (done == INSTANCES) {
        break;
      }
      Thread.sleep(500);
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    long workRuns = count(node1, "/engine-rest/history/activity-instance/count?activityId=work&processDefinitionId=" + definitionId);
    long timerRuns = count(node1, "/engine-rest/history/activity-instance/count?activityId=wait&finished=true&processDefinitionId=" + definitionId);
    long successes = count(node1, "/engine-rest/history/job-log/count?successLog=true&processDefinitionId=" + definitionId);
    long failures = count(node1, "/engine-rest/history/job-log/count?failureLog=true&processDefinitionId=" + definitionId);
    JsonNode log = JSON.readTree(node1.get("/engine-rest/history/job-log?successLog=true&processDefinitionId=" + definitionId,
        admin).body());
    Map<String, Long> byNode = new java.util.TreeMap<>();
    Map<String, Long> successesPerJob = new LinkedHashMap<>();
    for (JsonNode entry : log) {
      byNode.merge(entry.get("hostname").asText(), 1L, Long::sum);
      successesPerJob.merge(entry.get("jobId").asText(), 1L, Long::sum);
    }
    long incidents = count(node1, "/engine-rest/incident/count?processDefinitionId=" + definitionId);
    System.out.printf("two nodes: %d instances (timer PT1S, then an async service task) finished %d in %.1f s; "
        + "timer fired %d times, task ran %d times; job log %d successes over %d jobs, %d failures, %d incidents; "
        + "jobs per node %s%n", INSTANCES, done, seconds, timerRuns, workRuns, successes, successesPerJob.size(),
        failures, incidents, byNode);
    assertThat(done).isEqualTo(INSTANCES);
    assertThat(timerRuns).isEqualTo(INSTANCES);
    assertThat(workRuns).isEqualTo(INSTANCES);
    assertThat(successes).as("one success per job: two jobs per instance").isEqualTo(2L * INSTANCES);
    assertThat(successesPerJob.values()).allMatch(n -> n == 1L);
    assertThat(incidents).isZero();
  }

  @Test
  @Order(5)
  @Tag("P-20")
  @DisplayName("P-20 claims and completes of one review task raced across both nodes: one 204 each time, the others 409"
      + " (or 404 once finished), never 500, all problem+json; every case ends approved with one membership")
  void racesAcrossNodes() throws Exception {
    String admin = basic(ADMIN, ADMIN_PASSWORD);
    String run = Long.toString(System.currentTimeMillis() % 1_000_000_000L, 36);
    String sourceUnit = "tn" + run;
    try (Connection db = database()) {
      // the commissioners' source unit: the application has no API for source units (reference data)
      try (PreparedStatement insert = db.prepareStatement("INSERT INTO source_unit (code, name, type, in_city, city,"
          + " latitude, longitude) VALUES (?, ?, 'UNIVERSITY', TRUE, '宿州市', 33.630000, 117.020000)")) {
        insert.setString(1, sourceUnit);
        insert.setString(2, "双节点测试大学" + run);
        insert.executeUpdate();
      }
    }
    String filer = cityOfficial(admin, "tn-filer-" + run);
    List<String> officials = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      officials.add(cityOfficial(admin, "tn-city-" + run + "-" + i));
    }
    for (String official : officials) {  // each racer's credentials are cached on both nodes: the race is for the task
      assertThat(node1.call("GET", "/api/districts", official, OFFICIAL_PASSWORD, null).statusCode()).isEqualTo(200);
      assertThat(node2.call("GET", "/api/districts", official, OFFICIAL_PASSWORD, null).statusCode()).isEqualTo(200);
    }
    Map<String, Object> approve = Map.of("variables", Map.of(REVIEW_DECISION.name(), Map.of("value", APPROVE)));

    Map<String, Map<Integer, Long>> tally = new TreeMap<>();
    long slowest = 0;
    List<String> cases = new ArrayList<>();
    for (int round = 0; round < RACE_ROUNDS; round++) {
      AppNode filedOn = round % 2 == 0 ? node1 : node2;
      String instance = fileExpertApplication(filedOn, filer, sourceUnit, round);
      cases.add(instance);
      JsonNode open = JSON.readTree((round % 2 == 0 ? node2 : node1).call("GET", "/engine-rest/task?processInstanceId="
          + instance + "&taskDefinitionKey=" + REVIEW_TASK, officials.get(0), OFFICIAL_PASSWORD, null).body());
      assertThat(open.size()).as("the review task of round %d", round).isEqualTo(1);
      String task = open.get(0).get("id").asText();
      String claim = "/engine-rest/task/" + task + "/claim";
      String complete = "/engine-rest/task/" + task + "/complete";

      List<Racer> racers = new ArrayList<>();
      if (round % 2 == 0) {
        // claims: every official at once, half on each node; the winner then completes on both nodes at once, twice
        for (int i = 0; i < RACERS; i++) {
          racers.add(new Racer(i % 2 == 0 ? node1 : node2, officials.get(i), claim, Map.of("userId", officials.get(i)),
              language(i)));
        }
        Race claims = race(racers);
        slowest = Math.max(slowest, claims.slowestMillis());
        claims.tallyInto(tally, "claims");
        assertThat(claims.count(204)).as("round %d claims %s", round, claims).isEqualTo(1);
        assertThat(claims.count(409)).as("round %d claims %s", round, claims).isEqualTo(RACERS - 1);
        claims.assertLosersAreProblems();
        String winner = claims.winner().user();
        racers.clear();
        for (int i = 0; i < 4; i++) {
          racers.add(new Racer(i % 2 == 0 ? node1 : node2, winner, complete, approve, language(i)));
        }
      } else {
        // completes of the open task by every official at once, half on each node
        for (int i = 0; i < RACERS; i++) {
          racers.add(new Racer(i % 2 == 0 ? node1 : node2, officials.get(i), complete, approve, language(i)));
        }
      }
      Race completes = race(racers);
      slowest = Math.max(slowest, completes.slowestMillis());
      completes.tallyInto(tally, round % 2 == 0 ? "completes by the assignee" : "completes by candidates");
      assertThat(completes.count(204)).as("round %d completes %s", round, completes).isEqualTo(1);
      assertThat(completes.count(409) + completes.count(404)).as("round %d completes %s", round, completes)
          .isEqualTo(racers.size() - 1);
      completes.assertLosersAreProblems();
    }

    // every case went on once: completed, the review task finished once, approved, one membership, no incident
    try (Connection db = database()) {
      for (String instance : cases) {
        JsonNode history = JSON.readTree(node1.get("/engine-rest/history/process-instance/" + instance, admin).body());
        assertThat(history.path("state").asText()).as("case %s", instance).isEqualTo("COMPLETED");
        assertThat(count(node2, "/engine-rest/history/task/count?processInstanceId=" + instance + "&taskDefinitionKey="
            + REVIEW_TASK)).as("review tasks of %s", instance).isOne();
        assertThat(count(node1, "/engine-rest/history/incident/count?processInstanceId=" + instance)).isZero();
        assertThat(queryString(db, "SELECT status FROM expert_application WHERE process_instance_id = ?", instance))
            .as("application of %s", instance).containsExactly("APPROVED");
        assertThat(queryString(db, "SELECT commissioner_id FROM expert_membership WHERE process_instance_id = ?",
            instance)).as("membership of %s", instance).hasSize(1);
      }
    }
    System.out.printf("two nodes: races across the nodes, %d rounds (%d officials, half on each node; claims in even"
        + " rounds, then the assignee completing on both nodes twice; completes by the candidates in odd rounds):"
        + " answers by race %s; slowest answer %d ms; %d cases completed, approved, one membership each, no incident%n",
        RACE_ROUNDS, RACERS, tally, slowest, cases.size());
  }

  @Test
  @Order(6)
  @DisplayName("a job held by a node that dies is taken over by the other node after the lock time, and runs once")
  void jobOfADeadNodeIsTakenOver() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY + "Takeover").camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("PT4S")
        .serviceTask("work").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
    String admin = basic(ADMIN, ADMIN_PASSWORD);
    HttpResponse<String> deployed = deploy(node2, admin, "two-nodes-takeover", PROCESS_KEY + "Takeover.bpmn",
        Bpmn.convertToString(model));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String definitionId = JSON.readTree(deployed.body()).get("deployedProcessDefinitions").fieldNames().next();

    // node 1 is frozen (SIGSTOP), so that node 2 is the one that takes the timer job
    node1.signal("STOP");
    try (Connection holder = DriverManager.getConnection(System.getenv("TEST_MYSQL_URL"), env("TEST_MYSQL_USER", "shuanglian"),
             env("TEST_MYSQL_PASSWORD", ""));
         Connection observer = DriverManager.getConnection(System.getenv("TEST_MYSQL_URL"), env("TEST_MYSQL_USER", "shuanglian"),
             env("TEST_MYSQL_PASSWORD", ""))) {
      HttpResponse<String> started = node2.post("/engine-rest/process-definition/" + definitionId + "/start", admin, "{}");
      assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
      String instanceId = JSON.readTree(started.body()).get("id").asText();
      // the test holds the case's execution row: node 2's run of the timer job waits on it, its lock held
      holder.setAutoCommit(false);
      try (PreparedStatement lock = holder.prepareStatement("SELECT ID_ FROM ACT_RU_EXECUTION WHERE PROC_INST_ID_ = ? FOR UPDATE")) {
        lock.setString(1, instanceId);
        lock.executeQuery().close();
      }
      Timestamp lockExpiry = null;
      long t0 = System.nanoTime();
      while (lockExpiry == null && System.nanoTime() - t0 < Duration.ofSeconds(30).toNanos()) {
        try (PreparedStatement job = observer.prepareStatement(
            "SELECT LOCK_EXP_TIME_ FROM ACT_RU_JOB WHERE PROCESS_INSTANCE_ID_ = ? AND LOCK_OWNER_ IS NOT NULL")) {
          job.setString(1, instanceId);
          try (ResultSet row = job.executeQuery()) {
            lockExpiry = row.next() ? row.getTimestamp(1) : null;
          }
        }
        Thread.sleep(200);
      }
      assertThat(lockExpiry).as("node 2 took the timer job").isNotNull();
      Thread.sleep(1000);
      long lockedFor = lockExpiry.getTime() - System.currentTimeMillis();

      // node 2 dies holding the job (its transaction rolls back with its connections); node 1 wakes up
      node2.kill();
      long killedAt = System.currentTimeMillis();
      node1.signal("CONT");
      holder.rollback();

      String state = "";
      while (System.currentTimeMillis() - killedAt < 150_000) {
        HttpResponse<String> instance = node1.get("/engine-rest/history/process-instance/" + instanceId, admin);
        state = JSON.readTree(instance.body()).path("state").asText();
        if ("COMPLETED".equals(state)) {
          break;
        }
        Thread.sleep(1000);
      }
      double takeover = (System.currentTimeMillis() - killedAt) / 1e3;
      long successes = count(node1, "/engine-rest/history/job-log/count?successLog=true&processDefinitionId=" + definitionId);
      long failures = count(node1, "/engine-rest/history/job-log/count?failureLog=true&processDefinitionId=" + definitionId);
      long timerRuns = count(node1, "/engine-rest/history/activity-instance/count?activityId=wait&finished=true&processDefinitionId=" + definitionId);
      JsonNode log = JSON.readTree(node1.get("/engine-rest/history/job-log?successLog=true&processDefinitionId=" + definitionId,
          admin).body());
      System.out.printf("two nodes: node2 killed (-9) holding a timer job whose lock had %.1f s left; node1 completed "
          + "the case %.1f s after the kill (lock time 60 s); timer finished %d time(s); job log %d successes by %s, "
          + "%d failures%n", lockedFor / 1e3, takeover, timerRuns, successes, log.findValuesAsText("hostname"), failures);
      assertThat(state).isEqualTo("COMPLETED");
      assertThat(timerRuns).isEqualTo(1);
      assertThat(successes).as("the timer job and the async task, once each").isEqualTo(2);
      assertThat(log.findValuesAsText("hostname")).containsOnly("node1");
    } finally {
      node1.signal("CONT");
    }
  }

  // ---- the races across nodes -----------------------------------------------------------------

  private static final int RACE_ROUNDS = 10;
  private static final int RACERS = 6;
  private static final String OFFICIAL_PASSWORD = "Race#Pass2026";
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

  /** One request of a race: who asks which node for what, in which language. */
  record Racer(AppNode node, String user, String path, Map<String, Object> body, String language) {}

  /** The answers of one race, in the racers' order, and the longest one. */
  record Race(List<Racer> racers, List<HttpResponse<String>> answers, long slowestMillis) {

    long count(int status) {
      return answers.stream().filter(a -> a.statusCode() == status).count();
    }

    Racer winner() {
      for (int i = 0; i < answers.size(); i++) {
        if (answers.get(i).statusCode() / 100 == 2) {
          return racers.get(i);
        }
      }
      throw new AssertionError("no winner: " + this);
    }

    void tallyInto(Map<String, Map<Integer, Long>> tally, String race) {
      answers.forEach(a -> tally.computeIfAbsent(race, r -> new TreeMap<>()).merge(a.statusCode(), 1L, Long::sum));
    }

    /** Every loser: problem+json of a conflict or a finished task, in its caller's language, without internals. */
    void assertLosersAreProblems() throws IOException {
      for (int i = 0; i < answers.size(); i++) {
        HttpResponse<String> answer = answers.get(i);
        if (answer.statusCode() / 100 == 2) {
          continue;
        }
        String on = racers.get(i).node().name() + " " + answer.statusCode() + " " + answer.body();
        assertThat(answer.statusCode()).as(on).isIn(409, 404);
        assertThat(answer.headers().firstValue("Content-Type")).as(on)
            .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("type").asText()).as(on)
            .isIn("urn:shuanglian:problem:conflict", "urn:shuanglian:problem:not-found");
        assertThat(problem.path("status").asInt()).as(on).isEqualTo(answer.statusCode());
        if (racers.get(i).language().startsWith("en")) {
          assertThat(problem.path("detail").asText()).as(on).doesNotContainPattern(HAN).isNotBlank();
        } else {
          assertThat(problem.path("detail").asText()).as(on).containsPattern(HAN);
        }
        assertThat(answer.body()).as(on).doesNotContainIgnoringCase("exception").doesNotContain("ACT_")
            .doesNotContainIgnoringCase("deadlock").doesNotContainIgnoringCase("update ");
      }
    }

    @Override
    public String toString() {
      List<String> shown = new ArrayList<>();
      for (int i = 0; i < answers.size(); i++) {
        shown.add(racers.get(i).node().name() + ":" + answers.get(i).statusCode()
            + (answers.get(i).statusCode() >= 500 ? " " + answers.get(i).body() : ""));
      }
      return shown.toString();
    }
  }

  /** Fires the racers' requests at once (one thread each, released by one gate). */
  private static Race race(List<Racer> racers) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(racers.size());
    CountDownLatch ready = new CountDownLatch(racers.size());
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<long[]>> timings = new ArrayList<>();
      List<HttpResponse<String>> answers = new ArrayList<>(java.util.Collections.nCopies(racers.size(), null));
      for (int i = 0; i < racers.size(); i++) {
        int slot = i;
        Racer racer = racers.get(i);
        timings.add(pool.submit(() -> {
          ready.countDown();
          go.await();
          long start = System.nanoTime();
          answers.set(slot, racer.node().call("POST", racer.path(), racer.user(), OFFICIAL_PASSWORD, racer.body(),
              racer.language()));
          return new long[] {(System.nanoTime() - start) / 1_000_000};
        }));
      }
      assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
      go.countDown();
      long slowest = 0;
      for (Future<long[]> timing : timings) {
        slowest = Math.max(slowest, timing.get(60, TimeUnit.SECONDS)[0]);
      }
      return new Race(List.copyOf(racers), List.copyOf(answers), slowest);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Racer {@code i} asks in Chinese when even, in English when odd. */
  private static String language(int i) {
    return i % 2 == 0 ? "zh-CN" : "en";
  }

  /** A login in the city bureau's group, made over {@code /engine-rest} by the administrator. */
  private static String cityOfficial(String admin, String userId) throws Exception {
    HttpResponse<String> created = node1.post("/engine-rest/user/create", admin, JSON.writeValueAsString(Map.of(
        "profile", Map.of("id", userId, "firstName", "并发", "lastName", "测试"),
        "credentials", Map.of("password", OFFICIAL_PASSWORD))));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(204);
    HttpResponse<String> member = node2.send(HttpRequest.newBuilder(node2.uri("/engine-rest/group/" + Groups.CITY
        + "/members/" + userId)).header("Authorization", admin).PUT(HttpRequest.BodyPublishers.noBody()));
    assertThat(member.statusCode()).as(member.body()).isEqualTo(204);
    return userId;
  }

  /**
   * A commissioner entered in the information database and an expert-pool application filed on their
   * behalf by the city bureau ({@code /api}); returns the case's process instance.
   */
  private static String fileExpertApplication(AppNode node, String filer, String sourceUnit, int round) throws Exception {
    for (int attempt = 0; attempt < 20; attempt++) {
      String residentId = TestIds.residentId(ThreadLocalRandom.current().nextInt(0, 3_650_000));
      String phone = "1380557" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
      Map<String, Object> commissioner = new LinkedHashMap<>();
      commissioner.put("name", "并发专员" + round);
      commissioner.put("sourceUnitCode", sourceUnit);
      commissioner.put("level", "MUNICIPAL");
      commissioner.put("industryGroupCode", "NEW_MATERIALS");
      commissioner.put("expertise", "新型建材");
      commissioner.put("title", "教授");
      commissioner.put("phone", phone);
      commissioner.put("residentId", residentId);
      HttpResponse<String> entered = node.call("POST", "/api/commissioners", filer, OFFICIAL_PASSWORD, commissioner);
      if (entered.statusCode() == 409) {
        continue;  // an earlier run's commissioner has this resident ID
      }
      assertThat(entered.statusCode()).as(entered.body()).isEqualTo(201);
      long commissionerId = JSON.readTree(entered.body()).get("id").asLong();
      HttpResponse<String> filed = node.call("POST", "/api/expert-applications", filer, OFFICIAL_PASSWORD, Map.of(
          "commissionerId", commissionerId, "residentId", residentId, "phone", phone, "title", "教授",
          "expertise", "新型建材", "reviewFields", List.of("NEW_MATERIALS"), "consent", true));
      assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
      return JSON.readTree(filed.body()).get("processInstanceId").asText();
    }
    throw new AssertionError("no free resident ID in 20 attempts");
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(System.getenv("TEST_MYSQL_URL"), env("TEST_MYSQL_USER", "shuanglian"),
        env("TEST_MYSQL_PASSWORD", ""));
  }

  private static List<String> queryString(Connection db, String sql, String parameter) throws Exception {
    List<String> values = new ArrayList<>();
    try (PreparedStatement query = db.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          values.add(rows.getString(1));
        }
      }
    }
    return values;
  }

  // ---------------------------------------------------------------------------------------------

  private static long count(AppNode node, String path) throws Exception {
    HttpResponse<String> response = node.get(path, basic(ADMIN, ADMIN_PASSWORD));
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("count").asLong();
  }

  private static String basic(String user, String password) {
    return AppNode.basic(user, password);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  private static HttpResponse<String> deploy(AppNode node, String authorization, String deploymentName, String fileName,
      String content) throws IOException, InterruptedException {
    String boundary = "----two-nodes-" + UUID.randomUUID();
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
        + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
        + "--" + boundary + "--\r\n";
    return node.send(HttpRequest.newBuilder(node.uri("/engine-rest/deployment/create")).header("Authorization", authorization)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private static void keep(Map<String, String> cookies, HttpResponse<?> response) {
    for (String cookie : response.headers().allValues("Set-Cookie")) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }

  private static String[] cookieHeaders(Map<String, String> cookies) {
    List<String> headers = new ArrayList<>();
    if (!cookies.isEmpty()) {
      headers.add("Cookie");
      headers.add(cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.add("X-XSRF-TOKEN");
      headers.add(cookies.get("XSRF-TOKEN"));
    }
    return headers.toArray(String[]::new);
  }
}
