package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two nodes on one database (issue 14, README "Two nodes"): two application instances, each in its
 * own JVM (main class {@code ShuanglianApplication}, this test's class path without the test
 * classes, profile {@code mysql}), on free ports and the test's MariaDB database. Shown: both are
 * healthy; the second start adds no deployment; a Tasklist login made on node 1 is valid on node 2
 * (shared sessions, Spring Session JDBC); a password changed on node 1 is refused on node 2 within
 * seconds (the REST credential cache's TTL); timers and async jobs of a tiny test process run
 * exactly once across both nodes; a timer job held by node 2 when it is killed ({@code kill -9}; node
 * 1 frozen meanwhile so that node 2 is the one holding it, the job kept running by a row lock the
 * test holds) is run by node 1 once the job's lock expires (60 s), once. Figures are printed; the only bounds are the polls' deadlines.
 */
@RequiresMariaDb
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@DisplayName("two nodes on one MariaDB database")
class TwoNodesOnMariaDbTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final String ADMIN = env("SHUANGLIAN_ADMIN_ID", "test-admin");
  private static final String ADMIN_PASSWORD = env("SHUANGLIAN_ADMIN_PASSWORD", "Admin#Test2025");
  private static final String PROCESS_KEY = "twoNodesTimerAndAsync";
  private static final int INSTANCES = 20;

  private static Node node1;
  private static Node node2;
  private static long deploymentsAfterNode1;
  private static long deploymentsAfterNode2;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    long t0 = System.nanoTime();
    // the first node alone: on an empty database it creates Camunda's schema, which two nodes
    // starting together would race for (README "Two nodes": start one node first)
    node1 = Node.start("node1");
    node1.awaitHealthy(Duration.ofSeconds(150));
    long up1 = System.nanoTime();
    deploymentsAfterNode1 = count(node1, "/engine-rest/deployment/count");
    node2 = Node.start("node2");
    node2.awaitHealthy(Duration.ofSeconds(150));
    long up2 = System.nanoTime();
    deploymentsAfterNode2 = count(node2, "/engine-rest/deployment/count");
    System.out.printf("two nodes: node1 up in %.1f s (port %d), node2 up in %.1f s (port %d)%n",
        (up1 - t0) / 1e9, node1.port, (up2 - up1) / 1e9, node2.port);
  }

  @AfterAll
  static void stopBothNodes() {
    for (Node node : new Node[] {node1, node2}) {
      if (node != null) {
        node.process.destroyForcibly();
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
    node1.keep(cookies, node1.get("/camunda/app/tasklist/default/", null));
    HttpResponse<String> login = node1.send(HttpRequest.newBuilder(node1.uri("/camunda/api/admin/auth/user/default/login/tasklist"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .headers(Node.cookieHeaders(cookies))
        .POST(HttpRequest.BodyPublishers.ofString("username=" + enc(ADMIN) + "&password=" + enc(ADMIN_PASSWORD))));
    assertThat(login.statusCode()).as("login on node 1: %s", login.body()).isEqualTo(200);
    node1.keep(cookies, login);
    String sessionCookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
        .findFirst().orElse("(none)");

    HttpResponse<String> onNode2 = node2.send(HttpRequest.newBuilder(node2.uri("/camunda/api/engine/engine/default/task/count"))
        .headers(Node.cookieHeaders(cookies)).GET());
    HttpResponse<String> user = node2.send(HttpRequest.newBuilder(node2.uri("/camunda/api/admin/auth/user/default"))
        .headers(Node.cookieHeaders(cookies)).GET());
    // Cockpit's plugin API is kept to process managers and administrators by reading the session's login
    HttpResponse<String> plugin = node2.send(HttpRequest.newBuilder(
        node2.uri("/camunda/api/cockpit/plugin/base/default/process-definition/statistics")).headers(Node.cookieHeaders(cookies)).GET());
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
    HttpResponse<String> deployed = node1.deploy(admin, "two-nodes-test", PROCESS_KEY + ".bpmn", Bpmn.convertToString(model));
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    String definitionId = JSON.readTree(deployed.body()).get("deployedProcessDefinitions").fieldNames().next();

    long t0 = System.nanoTime();
    for (int i = 0; i < INSTANCES; i++) {
      Node node = i % 2 == 0 ? node1 : node2;
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
  @DisplayName("a job held by a node that dies is taken over by the other node after the lock time, and runs once")
  void jobOfADeadNodeIsTakenOver() throws Exception {
    BpmnModelInstance model = Bpmn.createExecutableProcess(PROCESS_KEY + "Takeover").camundaHistoryTimeToLive(1)
        .startEvent()
        .intermediateCatchEvent("wait").timerWithDuration("PT4S")
        .serviceTask("work").camundaAsyncBefore().camundaExpression("${true}")
        .endEvent()
        .done();
    String admin = basic(ADMIN, ADMIN_PASSWORD);
    HttpResponse<String> deployed = node2.deploy(admin, "two-nodes-takeover", PROCESS_KEY + "Takeover.bpmn",
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
      node2.process.destroyForcibly().waitFor();
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

  // ---------------------------------------------------------------------------------------------

  private static long count(Node node, String path) throws Exception {
    HttpResponse<String> response = node.get(path, basic(ADMIN, ADMIN_PASSWORD));
    assertThat(response.statusCode()).as(path + " " + response.body()).isEqualTo(200);
    return JSON.readTree(response.body()).get("count").asLong();
  }

  private static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  /** One application instance in its own JVM. */
  private static final class Node {
    final String name;
    final int port;
    final Process process;
    final Path log;

    private Node(String name, int port, Process process, Path log) {
      this.name = name;
      this.port = port;
      this.process = process;
      this.log = log;
    }

    static Node start(String name) throws IOException {
      int port;
      try (ServerSocket socket = new ServerSocket(0)) {
        port = socket.getLocalPort();
      }
      // the application's class path: this test's, without the test classes (their @TestConfiguration
      // classes would be picked up by the application's component scan)
      String classPath = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
          .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes"))
          .filter(entry -> !entry.replace('\\', '/').endsWith("test-classes/"))
          .collect(Collectors.joining(File.pathSeparator));
      Path log = Path.of("target", "two-nodes", name + ".log");
      Files.createDirectories(log.getParent());
      List<String> command = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xmx512m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
          "-cp", classPath,
          "cn.suzhou.shuanglian.ShuanglianApplication",
          "--server.port=" + port,
          "--spring.profiles.active=mysql",
          // the job log names the node that ran each job
          "--camunda.bpm.generic-properties.properties.hostname=" + name,
          // test time: an idle job executor looks for due timers every 2 s, not up to every 60 s
          "--camunda.bpm.job-execution.max-wait=2000",
          "--camunda.bpm.job-execution.wait-time-in-millis=500"));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("SHUANGLIAN_DB_URL", System.getenv("TEST_MYSQL_URL"));
      env.put("SHUANGLIAN_DB_USER", env("TEST_MYSQL_USER", "shuanglian"));
      env.put("SHUANGLIAN_DB_PASSWORD", env("TEST_MYSQL_PASSWORD", ""));
      env.put("SHUANGLIAN_ADMIN_ID", ADMIN);
      env.put("SHUANGLIAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
      return new Node(name, port, builder.start(), log);
    }

    /** kill -STOP / -CONT (freeze and thaw the node's JVM). */
    void signal(String signal) throws IOException, InterruptedException {
      new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
    }

    void awaitHealthy(Duration within) throws Exception {
      long deadline = System.nanoTime() + within.toNanos();
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log " + log.toAbsolutePath()
              + ":\n" + tail());
        }
        try {
          if (get("/actuator/health", null).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // not listening yet
        }
        Thread.sleep(500);
      }
      throw new IllegalStateException(name + " not healthy within " + within + "; log " + log.toAbsolutePath() + ":\n" + tail());
    }

    private String tail() throws IOException {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
      HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
      if (authorization != null) {
        request.header("Authorization", authorization);
      }
      return send(request);
    }

    HttpResponse<String> post(String path, String authorization, String json) throws IOException, InterruptedException {
      return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
          .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    HttpResponse<String> deploy(String authorization, String deploymentName, String fileName, String content)
        throws IOException, InterruptedException {
      String boundary = "----two-nodes-" + UUID.randomUUID();
      String body = "--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + deploymentName + "\r\n"
          + "--" + boundary + "\r\n"
          + "Content-Disposition: form-data; name=\"data\"; filename=\"" + fileName + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n" + content + "\r\n"
          + "--" + boundary + "--\r\n";
      return send(HttpRequest.newBuilder(uri("/engine-rest/deployment/create")).header("Authorization", authorization)
          .header("Content-Type", "multipart/form-data; boundary=" + boundary)
          .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
      return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    void keep(Map<String, String> cookies, HttpResponse<?> response) {
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }

    static String[] cookieHeaders(Map<String, String> cookies) {
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
}
