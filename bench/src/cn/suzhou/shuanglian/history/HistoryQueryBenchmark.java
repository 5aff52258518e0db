package cn.suzhou.shuanglian.history;

import cn.suzhou.shuanglian.access.IdentityBootstrap;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What officials and process managers wait for on a database filled by {@link HistoryGenerator}:
 * the application runs in-process ({@link BenchApp}, authorization on, job executor off) and is
 * called over HTTP the way the webapps call it — a Tasklist login (webapp session, CSRF token) for
 * {@code yq.zhao} (埇桥区) and {@code city.li} (市科技局), a Cockpit login for {@code pm.sun} — and
 * the domain API with HTTP Basic. Each call is made {@code -Dcalls=} times (default 200) after
 * {@code -Dwarmup=} (default 20) unmeasured ones; prints p50/p95/p99/max in ms and the size of the answer;
 * {@code -Donly=} restricts it to the calls whose name contains that text.
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -Pbench compile exec:java -Dbench=cn.suzhou.shuanglian.history.HistoryQueryBenchmark
 * -Ddb=mariadb}. With {@code -Dexplain=true} on MariaDB it also prints EXPLAIN of the engine's task query
 * for the district user.
 */
public final class HistoryQueryBenchmark {

  static final ObjectMapper JSON = new ObjectMapper();
  static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  /** What Tasklist posts for a filter's list (sorted by creation, newest first, 15 a page). */
  static final String TASKLIST_QUERY = "{\"processVariables\":[],\"taskVariables\":[],\"caseInstanceVariables\":[],"
      + "\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";

  record Result(String what, double[] ms, String size) {}

  private final String base = "http://127.0.0.1:" + BenchApp.port();
  private final int calls = Integer.getInteger("calls", 200);
  private final int warmup = Integer.getInteger("warmup", 20);
  /** {@code -Donly=本部门待办}: only the calls whose name contains it (e.g. to profile one call with JFR). */
  private final String only = System.getProperty("only", "");
  private final List<Result> results = new ArrayList<>();

  public static void main(String[] args) {
    int status = 0;
    try (ConfigurableApplicationContext context = BenchApp.start()) {
      new HistoryQueryBenchmark().run(context);
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  void run(ConfigurableApplicationContext context) throws Exception {
    JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
    Session district = Session.login(base, "tasklist", "yq.zhao");
    Session city = Session.login(base, "tasklist", "city.li");
    Session manager = Session.login(base, "cockpit", "pm.sun");
    Map<String, String> filters = new LinkedHashMap<>();
    for (JsonNode f : JSON.readTree(district.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())) {
      filters.put(f.path("name").asText(), f.path("id").asText());
    }
    for (JsonNode f : JSON.readTree(city.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())) {
      filters.put(f.path("name").asText(), f.path("id").asText());
    }
    String department = filters.get(IdentityBootstrap.FILTER_DEPARTMENT);
    String all = filters.get(IdentityBootstrap.FILTER_ALL);
    String listPath = "/camunda/api/engine/engine/default/filter/%s/list?firstResult=0&maxResults=15";
    String countPath = "/camunda/api/engine/engine/default/filter/%s/count";

    measure("Tasklist 本部门待办, list of 15 (yq.zhao, 埇桥区)", () -> district.postHal(listPath.formatted(department), TASKLIST_QUERY),
        body -> JSON.readTree(body).path("count").asText() + " tasks");
    measure("Tasklist 本部门待办, count (yq.zhao)", () -> district.post(countPath.formatted(department), TASKLIST_QUERY),
        body -> JSON.readTree(body).path("count").asText());
    measure("Tasklist 全部案件, list of 15 (city.li)", () -> city.postHal(listPath.formatted(all), TASKLIST_QUERY),
        body -> JSON.readTree(body).path("count").asText() + " tasks");
    measure("Tasklist 全部案件, count (city.li)", () -> city.post(countPath.formatted(all), TASKLIST_QUERY),
        body -> JSON.readTree(body).path("count").asText());

    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics"
        + "?firstResult=0&maxResults=50&sortBy=name&sortOrder=asc";
    measure("Cockpit processes list (pm.sun)", () -> manager.get(statistics), body -> JSON.readTree(body).size() + " definitions");
    String instanceId = jdbc.queryForObject("select PROC_INST_ID_ from ACT_RU_TASK where PROC_DEF_ID_ like 'serviceRecord:%'"
        + " order by CREATE_TIME_ desc limit 1", String.class);
    String engine = "/camunda/api/engine/engine/default";
    measure("Cockpit instance view: instance (pm.sun)", () -> manager.get(engine + "/process-instance/" + instanceId),
        body -> JSON.readTree(body).path("businessKey").asText());
    measure("Cockpit instance view: activity instances", () -> manager.get(engine + "/process-instance/" + instanceId
        + "/activity-instances"), body -> JSON.readTree(body).path("childActivityInstances").size() + " activities");
    measure("Cockpit instance view: variables", () -> manager.post(engine + "/variable-instance?firstResult=0&maxResults=50"
        + "&deserializeValues=false", "{\"processInstanceIdIn\":[\"" + instanceId + "\"],\"sorting\":[{\"sortBy\":"
        + "\"variableName\",\"sortOrder\":\"asc\"}]}"), body -> JSON.readTree(body).size() + " variables");
    measure("Cockpit instance view: user tasks", () -> manager.get(engine + "/task?processInstanceId=" + instanceId
        + "&firstResult=0&maxResults=50"), body -> JSON.readTree(body).size() + " tasks");
    measure("Cockpit instance view: called instances (plugin)", () -> manager.post(
        "/camunda/api/cockpit/plugin/base/default/process-instance/" + instanceId + "/called-process-instances", "{}"),
        body -> JSON.readTree(body).size() + " called");
    String definitionId = jdbc.queryForObject("select PROC_DEF_ID_ from ACT_RU_TASK where PROC_INST_ID_ = ?", String.class,
        instanceId);
    measure("Cockpit definition view: instances of serviceRecord (plugin)", () -> manager.post(
        "/camunda/api/cockpit/plugin/base/default/process-instance?firstResult=0&maxResults=50&sortBy=startTime&sortOrder=desc",
        "{\"processDefinitionId\":\"" + definitionId + "\"}"), body -> JSON.readTree(body).size() + " instances");

    String basicCity = "Basic " + Base64.getEncoder().encodeToString(("city.li:" + BenchApp.DEMO_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    for (String path : List.of("/api/misconduct-cases", "/api/project-applications", "/api/dispatches",
        "/api/commissioners", "/api/enterprises", "/api/expert-members")) {
      measure("GET " + path + " (city.li)", () -> send(HttpRequest.newBuilder(URI.create(base + path))
          .header("Authorization", basicCity).GET()), body -> JSON.readTree(body).size() + " rows");
    }

    // what README "History and its cleanup" tells an operator to call
    String basicAdmin = "Basic " + Base64.getEncoder().encodeToString(("admin:" + BenchApp.DEMO_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    String basicManager = "Basic " + Base64.getEncoder().encodeToString(("pm.sun:" + BenchApp.DEMO_PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    List<String> checks = new ArrayList<>();
    for (String[] c : new String[][] {{basicAdmin, "admin", "/engine-rest/history/cleanup/configuration"},
        {basicAdmin, "admin", "/engine-rest/history/cleanup/jobs"},
        {basicManager, "pm.sun", "/engine-rest/metrics/history-cleanup-removed-process-instances/sum"},
        {basicManager, "pm.sun", "/engine-rest/history/process-instance/count?processDefinitionKey=serviceRecord&finished=true"}}) {
      HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + c[2])).header("Authorization", c[0]).GET());
      checks.add(String.format("GET %s as %s -> %d %s", c[2], c[1], r.statusCode(),
          r.body().substring(0, Math.min(200, r.body().length()))));
    }

    System.out.printf("%nHistory at scale — queries on %s, %d calls each after %d warm-up calls, one at a time%n",
        BenchApp.describe(), calls, warmup);
    System.out.printf("machine: %d cores, %s; history: %,d process instances (%,d running), %,d activity instances, "
        + "%,d open tasks, %,d authorizations%n", Runtime.getRuntime().availableProcessors(), memory(),
        jdbc.queryForObject("select count(*) from ACT_HI_PROCINST", Long.class),
        jdbc.queryForObject("select count(*) from ACT_RU_EXECUTION where PARENT_ID_ is null", Long.class),
        jdbc.queryForObject("select count(*) from ACT_HI_ACTINST", Long.class),
        jdbc.queryForObject("select count(*) from ACT_RU_TASK", Long.class),
        jdbc.queryForObject("select count(*) from ACT_RU_AUTHORIZATION", Long.class));
    System.out.println("\n| call | p50 ms | p95 ms | p99 ms | max ms | answer |\n|---|---:|---:|---:|---:|---|");
    for (Result r : results) {
      System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %s |%n", r.what(), pct(r.ms(), 50), pct(r.ms(), 95),
          pct(r.ms(), 99), pct(r.ms(), 100), r.size());
    }
    System.out.println();
    checks.forEach(System.out::println);
  }

  static String memory() {
    try {
      String line = java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/meminfo")).get(0);
      long kb = Long.parseLong(line.replaceAll("\\D", ""));
      return String.format(Locale.ROOT, "%.1f GB RAM", kb / 1024.0 / 1024.0);
    } catch (Exception e) {
      return "RAM unknown";
    }
  }

  interface Call {
    HttpResponse<String> call() throws Exception;
  }

  interface Size {
    String of(String body) throws Exception;
  }

  void measure(String what, Call call, Size size) throws Exception {
    if (!what.contains(only)) {
      return;
    }
    HttpResponse<String> first = call.call();
    if (first.statusCode() / 100 != 2) {
      results.add(new Result(what, new double[] {Double.NaN}, "HTTP " + first.statusCode() + ": "
          + first.body().substring(0, Math.min(160, first.body().length())).replace('|', '/')));
      return;
    }
    for (int i = 1; i < warmup; i++) {
      call.call();
    }
    double[] ms = new double[calls];
    for (int i = 0; i < calls; i++) {
      long t = System.nanoTime();
      HttpResponse<String> response = call.call();
      ms[i] = (System.nanoTime() - t) / 1e6;
      if (response.statusCode() / 100 != 2) {
        throw new IllegalStateException(what + ": HTTP " + response.statusCode());
      }
    }
    results.add(new Result(what, ms, size.of(first.body())));
    System.out.printf(Locale.ROOT, "  %s: p95 %.1f ms%n", what, pct(ms, 95));
  }

  static double pct(double[] values, int p) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
  }

  static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return HTTP.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A webapp login as the browser makes it: session cookie and CSRF token. */
  static final class Session {
    final String base;
    final Map<String, String> cookies = new LinkedHashMap<>();

    Session(String base) {
      this.base = base;
    }

    static Session login(String base, String app, String user) throws Exception {
      Session s = new Session(base);
      s.keep(HistoryQueryBenchmark.send(HttpRequest.newBuilder(URI.create(base + "/camunda/app/" + app + "/default/")).GET()));
      HttpResponse<String> login = s.send("/camunda/api/admin/auth/user/default/login/" + app, "POST",
          "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
              + URLEncoder.encode(BenchApp.DEMO_PASSWORD, StandardCharsets.UTF_8), "application/x-www-form-urlencoded", null);
      if (login.statusCode() != 200) {
        throw new IllegalStateException("login of " + user + " to " + app + ": HTTP " + login.statusCode() + " " + login.body());
      }
      return s;
    }

    void keep(HttpResponse<?> response) {
      for (String cookie : response.headers().allValues("Set-Cookie")) {
        String pair = cookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
      }
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(path, "GET", null, null, "application/json");
    }

    HttpResponse<String> post(String path, String json) throws Exception {
      return send(path, "POST", json, "application/json", "application/json");
    }

    HttpResponse<String> postHal(String path, String json) throws Exception {
      return send(path, "POST", json, "application/json", "application/hal+json");
    }

    HttpResponse<String> send(String path, String method, String body, String contentType, String accept) throws Exception {
      HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
          .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
              : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
      if (contentType != null) {
        request.header("Content-Type", contentType);
      }
      if (accept != null) {
        request.header("Accept", accept);
      }
      if (!cookies.isEmpty()) {
        request.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
            .collect(Collectors.joining("; ")));
      }
      if (cookies.containsKey("XSRF-TOKEN")) {
        request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
      }
      HttpResponse<String> response = HistoryQueryBenchmark.send(request);
      keep(response);
      return response;
    }
  }
}
