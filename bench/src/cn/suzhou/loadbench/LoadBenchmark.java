package cn.suzhou.loadbench;

import cn.suzhou.loadbench.bare.BareEngineApplication;
import cn.suzhou.loadbench.probe.ProjectLauncher;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Load benchmark (docs/performance.md): the project application and a bare Camunda 7 engine
 * ({@link BareEngineApplication}) side by side in the same run, each in its own JVM started here,
 * driven over REST the way the README's users drive whole cases — the expert application (start
 * form, claim, review, acknowledgement), service records (domain POST, the enterprise's
 * confirmation) and a selection round's demand collection (the city opens the round, each district
 * screens, collects and submits, the city approves) — at 1 and at 4 concurrent users, on H2 and on MariaDB. Prints per process step the
 * application's CPU per call (from /proc/&lt;pid&gt;/stat), SQL statements and commits per call
 * (datasource-proxy in the child JVM, {@code SqlProbe}), p50/p95/p99 latency and errors, the
 * project/bare ratio, and each side's start-up time to its first authenticated answer.
 *
 * <p>System properties: {@code loadbench.databases} (h2,mariadb), {@code loadbench.users} (1,4),
 * {@code loadbench.cases} (cases per user and round, 5: the demo has 20 commissioners with a login who are not
 * yet in the expert pool, and each has at most one open application), {@code loadbench.rounds} (measured rounds, 3),
 * {@code loadbench.warmup} (unmeasured rounds first, 2), {@code loadbench.scenarios} (expert,service,round),
 * {@code loadbench.selection-rounds} (selection rounds per user and pass of the round scenario, 1),
 * {@code loadbench.jfr} (true: the project JVM records a JFR profile into target/loadbench),
 * {@code loadbench.port} (first of the ports used, 18100), {@code loadbench.mysql.host}
 * (127.0.0.1:3306), {@code loadbench.mysql.user}/{@code .password} (default: user shuanglian, the password from {@code TEST_MYSQL_PASSWORD}),
 * {@code loadbench.mysql.prefix} (lb_; the databases &lt;prefix&gt;project and &lt;prefix&gt;bare are
 * dropped and created afresh), {@code loadbench.heap} (-Xmx of each child, 768m).
 */
public final class LoadBenchmark {

  static final String PASSWORD = "Suzhou#2025";
  static final ObjectMapper JSON = new ObjectMapper();
  static final ZoneId SUZHOU = ZoneId.of("Asia/Shanghai");
  static final Path OUT = Path.of("target", "loadbench");
  static final long TICK_MS = 10; // USER_HZ 100 on Linux
  /** {@code loadbench.startup-minutes}: how long a side may take to its first answer (a shared machine can be slow). */
  static final long STARTUP_MINUTES = Long.getLong("loadbench.startup-minutes", 20);

  static final List<String> REVIEWERS = List.of("city.li", "city.wang");
  /** Commissioners with a login whose dispatches are seeded, each with an enterprise whose contact has a login. */
  static final List<String[]> DISPATCH_PAIRS = List.of(new String[] {"li.jianguo", "hengda.contact"},
      new String[] {"zhang.li", "lidu.contact"}, new String[] {"chen.lei", "jinggong.contact"},
      new String[] {"sun.wei", "yunshu.contact"});

  final int cases = Integer.getInteger("loadbench.cases", 5);
  final int rounds = Integer.getInteger("loadbench.rounds", 3);
  final int warmup = Integer.getInteger("loadbench.warmup", 2);
  final List<Integer> userCounts = Arrays.stream(System.getProperty("loadbench.users", "1,4").split(","))
      .map(String::trim).map(Integer::valueOf).toList();
  final List<String> scenarios = List.of(System.getProperty("loadbench.scenarios", "expert,service,round").split(","));
  /** Selection rounds opened per user and pass by the {@code round} scenario (each with its eight districts). */
  final int selectionRounds = Integer.getInteger("loadbench.selection-rounds", 1);
  final boolean jfr = Boolean.getBoolean("loadbench.jfr");
  final int portBase = Integer.getInteger("loadbench.port", 18100);
  final String heap = System.getProperty("loadbench.heap", "768m");
  final List<Child> started = new CopyOnWriteArrayList<>();

  public static void main(String[] args) throws Exception {
    LoadBenchmark bench = new LoadBenchmark();
    Runtime.getRuntime().addShutdownHook(new Thread(bench::stopAll));
    try {
      for (String db : System.getProperty("loadbench.databases", "h2,mariadb").split(",")) {
        bench.run(db.trim());
      }
    } finally {
      bench.stopAll();
    }
  }

  // ---------------------------------------------------------------- one database

  void run(String db) throws Exception {
    Files.createDirectories(OUT);
    System.out.printf("%n=== %s — scenarios %s, %d case(s) per user and round (round scenario: %d selection round(s) of"
        + " 8 districts per user and round), %d measured round(s) after %d warm-up, users %s ===%n",
        db, scenarios, cases, selectionRounds, rounds, warmup, userCounts);
    Target project = new Target("project", true, portBase + (db.equals("h2") ? 0 : 10), portBase + (db.equals("h2") ? 1 : 11));
    Target bare = new Target("bare", false, portBase + (db.equals("h2") ? 2 : 12), portBase + (db.equals("h2") ? 3 : 13));
    List<String> projectArgs = new ArrayList<>();
    List<String> bareArgs = new ArrayList<>();
    if (db.equals("h2")) {
      Path dir = OUT.resolve("h2-" + portBase).toAbsolutePath();
      deleteTree(dir);
      projectArgs.add("--spring.datasource.url=jdbc:h2:file:" + dir + "/project;AUTO_SERVER=FALSE;LOCK_TIMEOUT=30000");
      bareArgs.add("--spring.datasource.url=jdbc:h2:file:" + dir + "/bare;AUTO_SERVER=FALSE;LOCK_TIMEOUT=30000");
    } else {
      String host = System.getProperty("loadbench.mysql.host", "127.0.0.1:3306");
      String user = System.getProperty("loadbench.mysql.user", "shuanglian");
      String password = System.getProperty("loadbench.mysql.password", System.getenv().getOrDefault("TEST_MYSQL_PASSWORD", ""));
      String prefix = System.getProperty("loadbench.mysql.prefix", "lb_");
      String params = "?sendFractionalSeconds=false&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true"
          + "&characterEncoding=UTF-8&nullDatabaseMeansCurrent=true";
      try (Connection c = DriverManager.getConnection("jdbc:mysql://" + host + "/" + params, user, password);
          Statement s = c.createStatement()) {
        for (String name : List.of(prefix + "project", prefix + "bare")) {
          s.execute("DROP DATABASE IF EXISTS " + name);
          s.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
      }
      projectArgs.addAll(List.of("--spring.profiles.active=mysql,demo",
          "--spring.datasource.url=jdbc:mysql://" + host + "/" + prefix + "project" + params,
          "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
          "--shuanglian.admin.id=admin", "--shuanglian.admin.password=" + PASSWORD));
      bareArgs.addAll(List.of("--spring.datasource.url=jdbc:mysql://" + host + "/" + prefix + "bare" + params,
          "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
          "--spring.datasource.hikari.transaction-isolation=TRANSACTION_READ_COMMITTED",
          // the driver's statement cache of the project's MySQL profile, so that both sides talk to the
          // database alike and the comparison shows the project, not a driver setting
          "--spring.datasource.hikari.data-source-properties.cachePrepStmts=true",
          "--spring.datasource.hikari.data-source-properties.prepStmtCacheSize=250",
          "--spring.datasource.hikari.data-source-properties.prepStmtCacheSqlLimit=16384"));
    }
    String pairs = String.join(",", DISPATCH_PAIRS.stream().map(p -> p[0] + ":" + p[1]).toList());
    projectArgs.add("--loadbench.dispatches=" + pairs);
    // a round year is opened once (P-01, business key = year): every pass of the round scenario opens
    // rounds of years not used before, 2 apart, after the seeded dispatches' round, so the project must
    // let that many round years ahead be opened (the tests' setting of the same property is 4000)
    int roundYears = userCounts.stream().mapToInt(u -> u * selectionRounds * (warmup + rounds)).sum();
    projectArgs.add("--shuanglian.round.rounds-ahead=" + (roundYears + 2));

    long projectStartup = project.launch(ProjectLauncher.class, projectArgs, db, jfr);
    long bareStartup = bare.launch(BareEngineApplication.class, bareArgs, db, false);
    System.out.printf("start-up to the first authenticated answer: project %,d ms, bare engine %,d ms (%.2f×)%n",
        projectStartup, bareStartup, (double) projectStartup / bareStartup);

    project.prepare();
    bare.prepare();
    Map<String, Map<String, Stats>> results = new LinkedHashMap<>();
    for (int users : userCounts) {
      for (Target t : List.of(project, bare)) {
        Scenario s = new Scenario(t, users);
        for (int r = 0; r < warmup; r++) {
          s.round(null);
        }
        Map<String, Stats> steps = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
          s.round(steps);
        }
        results.put(t.name + "@" + users, steps);
      }
      print(db, users, results.get("project@" + users), results.get("bare@" + users));
    }
    project.stop();
    bare.stop();
  }

  // ---------------------------------------------------------------- scenarios

  /** One user count on one target: rounds of {@code cases} cases per user, step by step. */
  final class Scenario {
    final Target t;
    final int users;

    Scenario(Target t, int users) {
      this.t = t;
      this.users = users;
    }

    void round(Map<String, Stats> into) throws Exception {
      if (scenarios.contains("expert")) {
        expertRound(into);
      }
      if (scenarios.contains("service")) {
        serviceRound(into);
      }
      if (scenarios.contains("round")) {
        selectionRoundPass(into);
      }
    }

    /**
     * A selection round's demand collection (README "A selection round over REST"): per user
     * {@code selectionRounds} rounds, each of a year not used before on this side (business key =
     * year); the city opens it (eight districtDemandCollection cases start with it), every district
     * screens its service unit, lists its demand and submits, the city approves (审定). Each step for
     * every district of every round of every user before the next step.
     */
    void selectionRoundPass(Map<String, Stats> into) throws Exception {
      List<List<OpenRound>> roundsOf = new ArrayList<>();
      List<List<String>> districtsOf = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        List<OpenRound> mine = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < selectionRounds; i++) {
          OpenRound r = new OpenRound(t.nextRoundYear(), REVIEWERS.get(u % REVIEWERS.size()));
          mine.add(r);
          for (RoundDistrict d : ROUND_DISTRICTS) keys.add(r.year + "-" + d.code);
        }
        roundsOf.add(mine);
        districtsOf.add(keys);
      }
      Map<Integer, OpenRound> byYear = new ConcurrentHashMap<>();
      roundsOf.forEach(list -> list.forEach(r -> byYear.put(r.year, r)));
      Map<String, String> taskOf = new ConcurrentHashMap<>();
      phase(into, "round: start (city)", u -> roundsOf.get(u), r -> {
        Call c = t.post(t.user(r.city), "/engine-rest/process-definition/key/selectionRound/start", t.roundStart(r.year));
        if (c.ok()) r.instanceId = c.json().path("id").asText();
        return c;
      });
      for (String[] kind : ROUND_TASKS) {
        String taskKey = kind[0];
        String label = kind[1];
        phase(into, "round: task query " + label, u -> districtsOf.get(u), key -> {
          OpenRound r = byYear.get(Integer.valueOf(key.substring(0, 4)));
          if (r.instanceId == null) return null;
          Call c = t.get(t.user(actor(taskKey, r, key)), "/engine-rest/task?processInstanceBusinessKey=" + key
              + "&taskDefinitionKey=" + taskKey);
          if (c.ok() && c.json().size() > 0) taskOf.put(key, c.json().get(0).path("id").asText());
          return c;
        });
        phase(into, "round: claim " + label, u -> districtsOf.get(u), key -> {
          String task = taskOf.get(key);
          if (task == null) return null;
          String who = t.user(actor(taskKey, byYear.get(Integer.valueOf(key.substring(0, 4))), key));
          return t.post(who, "/engine-rest/task/" + task + "/claim", Map.of("userId", who));
        });
        boolean review = taskKey.equals(REVIEW_TASK);
        phase(into, "round: complete " + label.replace(")", review ? ", with the round's jobs)" : ")"),
            u -> districtsOf.get(u), key -> {
              String task = taskOf.remove(key);
              if (task == null) return null;
              OpenRound r = byYear.get(Integer.valueOf(key.substring(0, 4)));
              RoundDistrict d = district(key.substring(5));
              return t.post(t.user(actor(taskKey, r, key)), "/engine-rest/task/" + task + "/complete",
                  Map.of("variables", completion(taskKey, d)));
            }, review ? new Settle() {
              // the eighth approval ends the multi-instance call activity, whose asyncAfter leaves a job: the
              // round's continuation (the supply–demand comparison, the city's 审阅供需比对结果) runs in the
              // job executor, and is part of the step
              @Override
              public void await() throws Exception {
                t.awaitQuiet();
              }

              @Override
              public int check() throws Exception {
                int failed = 0;
                for (OpenRound r : byYear.values()) {
                  if (r.instanceId == null) continue;
                  failed += t.awaitJobs(r.instanceId);
                  // every district approved: the round has moved on to the city's 审阅供需比对结果
                  Call next = t.get(t.user(r.city), "/engine-rest/task?processInstanceId=" + r.instanceId
                      + "&taskDefinitionKey=Activity_ReviewSupplyDemand");
                  if (!next.ok() || next.json().size() != 1) {
                    failed++;
                    System.err.printf("%s: round %d did not reach 审阅供需比对结果: %d %s%n", t.name, r.year, next.status,
                        next.body);
                  }
                }
                return failed;
              }
            } : null);
      }
    }

    /** Who acts on a round task as the README's users: the district's official, or the city official of the round. */
    String actor(String taskKey, OpenRound r, String key) {
      return taskKey.equals(REVIEW_TASK) ? r.city : district(key.substring(5)).official;
    }

    Map<String, Object> completion(String taskKey, RoundDistrict d) throws IOException {
      Map<String, Object> v = new LinkedHashMap<>();
      switch (taskKey) {
        case SCREEN_TASK -> {
          Map<String, Object> unit = new LinkedHashMap<>();
          unit.put("creditCode", d.creditCode);
          unit.put("name", d.enterprise);
          unit.put("industryGroupCode", d.group);
          unit.put("scale", "MEDIUM");
          unit.put("contactName", d.contactName);
          unit.put("contactPhone", d.contactPhone);
          unit.put("compliesWithPolicy", true);
          unit.put("lawfulOperation", true);
          unit.put("scaleAndPotential", "县域骨干企业，具备一定规模和发展潜力");
          unit.put("consent", true);
          unit.put("consentBy", d.contactName + " 总经理");
          v.put("serviceUnits", Map.of("value", JSON.writeValueAsString(List.of(unit)), "type", "Json"));
        }
        case COLLECT_TASK -> {
          Map<String, Object> demand = new LinkedHashMap<>();
          demand.put("creditCode", d.creditCode);
          demand.put("title", "关键工艺技术攻关");
          demand.put("industryGroupCode", d.group);
          demand.put("industryCategory", "BACKBONE");
          demand.put("demandType", "TECH_PROBLEM");
          demand.put("description", "生产工艺稳定性不足，需优化配方与工艺参数");
          demand.put("cooperationSought", "联合攻关");
          v.put("demands", Map.of("value", JSON.writeValueAsString(List.of(demand)), "type", "Json"));
          v.put("submitConfirmed", Map.of("value", true));
        }
        default -> v.put("reviewDecision", Map.of("value", "APPROVE"));
      }
      return v;
    }

    void expertRound(Map<String, Stats> into) throws Exception {
      // per user: its commissioners (one open application each) and its reviewer
      List<List<Applicant>> mine = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        mine.add(t.applicants.subList(u * cases, (u + 1) * cases));
      }
      Map<String, String> instanceOf = new ConcurrentHashMap<>();
      Map<String, String> taskOf = new ConcurrentHashMap<>();
      phase(into, "expert: start (submit-form)", u -> mine.get(u), a -> {
        Call c = t.post(t.user(a.user), "/engine-rest/process-definition/key/expertPoolApplication/submit-form",
            Map.of("variables", t.expertStart(a)));
        if (c.ok()) instanceOf.put(a.user, c.json().path("id").asText());
        return c;
      });
      phase(into, "expert: task query (reviewer)", u -> mine.get(u), a -> {
        String pi = instanceOf.get(a.user);
        if (pi == null) return null;
        Call c = t.get(t.user(reviewer(a)), "/engine-rest/task?processInstanceId=" + pi);
        if (c.ok() && c.json().size() > 0) taskOf.put(a.user, c.json().get(0).path("id").asText());
        return c;
      });
      phase(into, "expert: claim", u -> mine.get(u), a -> {
        String task = taskOf.get(a.user);
        if (task == null) return null;
        String who = t.user(reviewer(a));
        return t.post(who, "/engine-rest/task/" + task + "/claim", Map.of("userId", who));
      });
      phase(into, "expert: complete review", u -> mine.get(u), a -> {
        String task = taskOf.remove(a.user);
        if (task == null) return null;
        return t.post(t.user(reviewer(a)), "/engine-rest/task/" + task + "/complete", Map.of("variables", Map.of(
            "reviewDecision", Map.of("value", "REJECT"),
            "rejectionReason", Map.of("value", "本批次入库名额已满，请下一批次再申请。"))));
      });
      phase(into, "expert: task query (applicant)", u -> mine.get(u), a -> {
        String pi = instanceOf.get(a.user);
        if (pi == null) return null;
        Call c = t.get(t.user(a.user), "/engine-rest/task?processInstanceId=" + pi);
        if (c.ok() && c.json().size() > 0) taskOf.put(a.user, c.json().get(0).path("id").asText());
        return c;
      });
      phase(into, "expert: complete acknowledgement", u -> mine.get(u), a -> {
        String task = taskOf.remove(a.user);
        if (task == null) return null;
        return t.post(t.user(a.user), "/engine-rest/task/" + task + "/complete",
            Map.of("variables", Map.of("acknowledged", Map.of("value", true))));
      });
    }

    String reviewer(Applicant a) {
      return REVIEWERS.get(Math.abs(a.user.hashCode()) % REVIEWERS.size());
    }

    void serviceRound(Map<String, Stats> into) throws Exception {
      int dispatchUsers = Math.min(users, t.dispatches.size());
      List<List<String>> mine = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < cases; i++) keys.add(u + "-" + i);
        mine.add(keys);
      }
      Map<String, String> instanceOf = new ConcurrentHashMap<>();
      Map<String, String> taskOf = new ConcurrentHashMap<>();
      phase(into, "service record: log (POST /api; bare: start)", u -> mine.get(u), key -> {
        SeededDispatch d = t.dispatches.get(Integer.parseInt(key.split("-")[0]) % dispatchUsers);
        Call c = t.logService(d);
        if (c.ok()) {
          instanceOf.put(key, c.json().path(t.project ? "processInstanceId" : "id").asText());
        }
        return c;
      });
      phase(into, "service record: task query (enterprise)", u -> mine.get(u), key -> {
        String pi = instanceOf.get(key);
        if (pi == null) return null;
        SeededDispatch d = t.dispatches.get(Integer.parseInt(key.split("-")[0]) % dispatchUsers);
        Call c = t.get(t.user(d.contact), "/engine-rest/task?processInstanceId=" + pi);
        if (c.ok() && c.json().size() > 0) taskOf.put(key, c.json().get(0).path("id").asText());
        return c;
      });
      phase(into, "service record: complete confirmation", u -> mine.get(u), key -> {
        String task = taskOf.remove(key);
        if (task == null) return null;
        SeededDispatch d = t.dispatches.get(Integer.parseInt(key.split("-")[0]) % dispatchUsers);
        return t.post(t.user(d.contact), "/engine-rest/task/" + task + "/complete",
            Map.of("variables", Map.of("recordDecision", Map.of("value", "CONFIRM"))));
      });
    }

    /** One step for every case of every user, the users in parallel; CPU and SQL counted around it. */
    <K> void phase(Map<String, Stats> into, String step, Function<Integer, List<K>> work, CheckedFunction<K, Call> call)
        throws Exception {
      phase(into, step, work, call, null);
    }

    /** As above; {@code settle}, when given, runs after the calls and before the step's CPU and SQL are read. */
    <K> void phase(Map<String, Stats> into, String step, Function<Integer, List<K>> work, CheckedFunction<K, Call> call,
        Settle settle) throws Exception {
      ExecutorService pool = Executors.newFixedThreadPool(users);
      long cpu0 = t.cpuTicks();
      long[] sql0 = t.sqlCounters();
      List<Future<List<Call>>> futures = new ArrayList<>();
      for (int u = 0; u < users; u++) {
        List<K> keys = work.apply(u);
        futures.add(pool.submit(() -> {
          List<Call> calls = new ArrayList<>();
          for (K k : keys) {
            Call c = call.apply(k);
            if (c != null) calls.add(c);
          }
          return calls;
        }));
      }
      List<Call> all = new ArrayList<>();
      for (Future<List<Call>> f : futures) all.addAll(f.get());
      pool.shutdown();
      if (settle != null) settle.await();
      long cpu1 = t.cpuTicks();
      long[] sql1 = t.sqlCounters();
      if (into != null) {
        Stats s = into.computeIfAbsent(step, k -> new Stats());
        s.add(all, (cpu1 - cpu0) * TICK_MS, sql1[0] - sql0[0], sql1[1] - sql0[1]);
      }
      if (settle != null) {
        int background = settle.check();
        if (into != null) into.get(step).errors += background;
      }
      for (Call c : all) {
        if (!c.ok() && ERRORS_SHOWN.incrementAndGet() <= 10) {
          System.err.printf("%s %s: %d %s%n", t.name, step, c.status, c.body.length() > 300 ? c.body.substring(0, 300) : c.body);
        }
      }
    }
  }

  static final AtomicInteger ERRORS_SHOWN = new AtomicInteger();

  @FunctionalInterface
  interface CheckedFunction<A, B> {
    B apply(A a) throws Exception;
  }

  interface Settle {
    /** Waits, inside the step's measurement, for what its calls left to run in the background. */
    void await() throws Exception;

    /** After the measurement: how many of those background runs failed or are still pending (errors of the step). */
    int check() throws Exception;
  }

  /** A selection round opened in a pass: its year (the business key), the city official who opens and reviews it. */
  static final class OpenRound {
    final int year;
    final String city;
    volatile String instanceId;

    OpenRound(int year, String city) {
      this.year = year;
      this.city = city;
    }
  }

  /** A district of the demo data (DemoUsers, DemoRecords): its official and one of its enterprises, as in the README's round script. */
  record RoundDistrict(String code, String official, String creditCode, String enterprise, String group,
      String contactName, String contactPhone) {}

  static final List<RoundDistrict> ROUND_DISTRICTS = List.of(
      new RoundDistrict("341302", "yq.zhao", "91341302MA2NQ8C1XU", "宿州恒达新型建材有限公司", "NEW_MATERIALS", "黄志强", "13955701101"),
      new RoundDistrict("341321", "ds.sun", "91341321MA2R5W1H6C", "砀山县梨都果业食品有限公司", "AGRI_FOOD", "朱红梅", "13955701103"),
      new RoundDistrict("341322", "xx.qian", "91341322MA2N4F8Q7F", "萧县华科防腐材料有限公司", "NEW_MATERIALS", "宋国庆", "13955701105"),
      new RoundDistrict("341323", "lb.zhou", "91341323MA2P3H9Y1G", "灵璧县精工轴承有限公司", "EQUIPMENT", "许海涛", "13955701107"),
      new RoundDistrict("341324", "sx.wu", "91341324MA2N6D2W8J", "泗县锦程纺织服装有限公司", "TEXTILE", "冯雪", "13955701109"),
      new RoundDistrict("SZETDZ", "jk.zheng", "91341300MA2Q9E7N21", "宿州康源医药化工有限公司", "BIOPHARMA", "彭立新", "13955701111"),
      new RoundDistrict("SZHTZ", "gx.feng", "91341300MA2N8K1U3E", "宿州云数智能科技有限公司", "DIGITAL", "肖斌", "13955701113"),
      new RoundDistrict("SMPARK", "sm.chen", "91341300MA2T7C2L1N", "宿马园区绿源纸业有限公司", "LIGHT_INDUSTRY", "袁芳", "13955701115"));

  static RoundDistrict district(String code) {
    return ROUND_DISTRICTS.stream().filter(d -> d.code.equals(code)).findFirst().orElseThrow();
  }

  static final String SCREEN_TASK = "Activity_ScreenServiceUnits";
  static final String COLLECT_TASK = "Activity_CollectDemands";
  static final String REVIEW_TASK = "Activity_ReviewDemandList";
  /** The round's task kinds, in order: task definition key, label in the printed table. */
  static final List<String[]> ROUND_TASKS = List.of(
      new String[] {SCREEN_TASK, "服务单位筛选 (district)"},
      new String[] {COLLECT_TASK, "技术需求征集 (district; submits)"},
      new String[] {REVIEW_TASK, "市科技局审定 (city; approve)"});

  /** The current round year of the policy (2023 + 2k, the latest not after today): the first year the project lets open. */
  static int currentRoundYear() {
    int year = LocalDate.now(SUZHOU).getYear();
    return Math.max(2023, year - Math.floorMod(year - 2023, 2));
  }

  record Applicant(String user, long commissionerId, String residentId, String phone) {}

  record SeededDispatch(String commissioner, String contact, long id, String creditCode) {}

  // ---------------------------------------------------------------- a child JVM and its REST API

  final class Target {
    final String name;
    final boolean project;
    final int port;
    final int probePort;
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    Child child;
    List<Applicant> applicants = new ArrayList<>();
    List<SeededDispatch> dispatches = new ArrayList<>();
    int roundYear = currentRoundYear();

    Target(String name, boolean project, int port, int probePort) {
      this.name = name;
      this.project = project;
      this.port = port;
      this.probePort = probePort;
    }

    /** The user a README user acts as: themself on the project, the administrator on the bare engine. */
    String user(String readmeUser) {
      return project ? readmeUser : "admin";
    }

    long launch(Class<?> main, List<String> args, String db, boolean record) throws Exception {
      List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
          "-Xms256m", "-Xmx" + heap, "-XX:+UseG1GC", "-Dloadbench.probe.port=" + probePort,
          "-Dfile.encoding=UTF-8", "-Duser.timezone=UTC"));
      if (Boolean.getBoolean("loadbench.probe.sql-log")) {
        command.add("-Dloadbench.probe.sql-log=true");
      }
      if (record) {
        command.add("-XX:StartFlightRecording=filename=" + OUT.resolve(name + "-" + db + "-" + portBase + ".jfr").toAbsolutePath()
            + ",settings=profile,dumponexit=true");
      }
      command.addAll(List.of("-cp", classpath(), main.getName(), "--server.port=" + port));
      command.addAll(args);
      ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(OUT.resolve(name + "-" + db + "-" + portBase + ".log").toFile());
      long t0 = System.nanoTime();
      child = new Child(pb.start());
      started.add(child);
      String probeUser = project ? "city.li" : "admin";
      while (true) {
        if (!child.process.isAlive()) {
          throw new IllegalStateException(name + " exited at start-up; see " + OUT.resolve(name + "-" + db + ".log"));
        }
        try {
          Call c = get(probeUser, "/engine-rest/task?maxResults=1");
          if (c.status == 200) break;
        } catch (IOException notYet) {
          // not listening yet
        }
        if (System.nanoTime() - t0 > Duration.ofMinutes(STARTUP_MINUTES).toNanos()) {
          throw new IllegalStateException(name + " did not answer within " + STARTUP_MINUTES + " minutes");
        }
        Thread.sleep(50);
      }
      return (System.nanoTime() - t0) / 1_000_000;
    }

    /** The benchmark's users: commissioners with a login, their personal data, and the seeded dispatches. */
    void prepare() throws Exception {
      Call list = get("city.li", "/api/commissioners");
      JsonNode all = list.json();
      // both sides get the same applicants (the project's demo commissioners)
      if (project) {
        java.util.Set<Long> members = new java.util.HashSet<>();
        for (JsonNode m : get("city.li", "/api/expert-members").json()) {
          members.add(m.path("commissionerId").asLong());  // already in the pool: cannot apply (P-20)
        }
        for (JsonNode c : all) {
          if (members.contains(c.path("id").asLong())) continue;
          if (!c.path("userId").isNull() && !c.path("userId").asText().isEmpty() && !c.path("barred").asBoolean()) {
            applicants.add(new Applicant(c.path("userId").asText(), c.path("id").asLong(), c.path("residentId").asText(),
                c.path("phone").asText()));
          }
        }
        for (String[] pair : DISPATCH_PAIRS) {
          // the seeded dispatch: the demo's 2023 round has left ended dispatches of the same people (P-15: no
          // service records on an ended one)
          JsonNode d = null;
          for (JsonNode candidate : get(pair[0], "/api/dispatches").json()) {
            if ("ACTIVE".equals(candidate.path("status").asText())) {
              d = candidate;
              break;
            }
          }
          if (d == null) {
            throw new IllegalStateException("no running dispatch of " + pair[0]);
          }
          dispatches.add(new SeededDispatch(pair[0], pair[1], d.path("id").asLong(),
              d.path("enterprises").get(0).path("creditCode").asText()));
        }
        BARE_FIXTURES[0] = applicants;
        BARE_FIXTURES[1] = dispatches;
        // the seeded dispatches' round (DispatchSeed) holds a year: the round scenario opens years after every round there is
        for (JsonNode r : get("city.li", "/api/rounds").json()) {
          roundYear = Math.max(roundYear, r.path("roundYear").asInt() + 2);
        }
        BARE_FIXTURES[2] = roundYear;
      } else {
        applicants = (List<Applicant>) BARE_FIXTURES[0];
        dispatches = (List<SeededDispatch>) BARE_FIXTURES[1];
        roundYear = (Integer) BARE_FIXTURES[2];
      }
      int needed = cases * Collections.max(userCounts);
      if (scenarios.contains("expert") && applicants.size() < needed) {
        throw new IllegalStateException("only " + applicants.size() + " commissioners with a login for " + needed
            + " open applications: lower loadbench.cases or loadbench.users");
      }
    }

    Map<String, Object> expertStart(Applicant a) {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("residentId", Map.of("value", a.residentId));
      v.put("phone", Map.of("value", a.phone));
      v.put("title", Map.of("value", "教授"));
      v.put("expertise", Map.of("value", "新型建材、固废资源化利用"));
      v.put("reviewFields", Map.of("value", "[\"NEW_MATERIALS\"]", "type", "Json"));
      v.put("consent", Map.of("value", true));
      if (!project) {
        v.put("applicantUserId", Map.of("value", "admin")); // what the project's delegate sets
      }
      return v;
    }

    /** The next round year of the policy not opened on this side yet. */
    synchronized int nextRoundYear() {
      int year = roundYear;
      roundYear += 2;
      return year;
    }

    /**
     * What the city sends to open a round (README): the year and the collection deadline. The bare
     * engine also gets what the project's delegate and beans supply: the business key and the
     * districts the multi-instance call activity runs over ({@code districtCodes}, a JSON-serialized
     * list: see BareEngineApplication).
     */
    Map<String, Object> roundStart(int year) throws IOException {
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("roundYear", Map.of("value", year, "type", "Integer"));
      v.put("collectionDeadline", Map.of("value", LocalDate.now(SUZHOU).plusDays(30).toString(), "type", "String"));
      if (project) {
        return Map.of("variables", v);
      }
      v.put("districtCodes", Map.of("value", JSON.writeValueAsString(ROUND_DISTRICTS.stream().map(RoundDistrict::code).toList()),
          "type", "Object", "valueInfo", Map.of("objectTypeName", "java.util.ArrayList<java.lang.String>",
              "serializationDataFormat", "application/json")));
      return Map.of("variables", v, "businessKey", String.valueOf(year));
    }

    /**
     * Waits until the side's SQL counters (request and job threads) have not moved for 1.5 s, at most
     * 2 minutes: the job executor has run what the last calls left it. Reads only the probe, so that
     * the waiting adds no request and no SQL to the step (only the JVM's idle CPU of those 1.5 s).
     */
    void awaitQuiet() throws Exception {
      long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      long[] last = sqlCounters();
      long quietSince = System.nanoTime();
      while (System.nanoTime() < until && System.nanoTime() - quietSince < 1_500_000_000L) {
        Thread.sleep(100);
        long[] now = sqlCounters();
        if (!Arrays.equals(now, last)) {
          last = now;
          quietSince = System.nanoTime();
        }
      }
    }

    /**
     * After a step's measurement: waits (as the administrator, a job count every 200 ms, at most 2
     * minutes) until the process instance has no executable job left. Returns the jobs that failed,
     * or were still pending after the quiet wait (their work then fell outside the step), counted as
     * errors of the step.
     */
    int awaitJobs(String processInstanceId) throws Exception {
      long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
      boolean late = false;
      while (System.nanoTime() < until) {
        Call c = get("admin", "/engine-rest/job/count?executable=true&processInstanceId=" + processInstanceId);
        if (!c.ok()) {
          throw new IllegalStateException(name + ": job count " + c.status + " " + c.body);
        }
        if (c.json().path("count").asLong() > 0 && !late) {
          late = true;
          System.err.printf("%s: jobs of %s still pending after the quiet wait; their work is not in the step%n", name,
              processInstanceId);
        }
        if (c.json().path("count").asLong() == 0) {
          Call failed = get("admin", "/engine-rest/job/count?withException=true&processInstanceId=" + processInstanceId);
          int count = failed.ok() ? failed.json().path("count").asInt() : 1;
          if (count > 0) {
            System.err.printf("%s: %d failed job(s) in round %s%n", name, count, processInstanceId);
          }
          return count + (late ? 1 : 0);
        }
        Thread.sleep(200);
      }
      System.err.printf("%s: jobs of %s still executable after 2 minutes%n", name, processInstanceId);
      return 1;
    }

    Call logService(SeededDispatch d) throws Exception {
      String day = LocalDate.now(SUZHOU).minusDays(30).toString();
      String summary = "为企业诊断墙材配方强度偏低问题并提出工艺改进建议";
      if (project) {
        return post(d.commissioner, "/api/dispatches/" + d.id + "/service-records", Map.of("serviceType", "CONSULTING",
            "startDate", day, "endDate", day, "days", 1, "creditCode", d.creditCode, "summary", summary));
      }
      Map<String, Object> v = new LinkedHashMap<>();
      v.put("serviceType", Map.of("value", "CONSULTING"));
      v.put("startDate", Map.of("value", day));
      v.put("endDate", Map.of("value", day));
      v.put("days", Map.of("value", 1, "type", "Integer"));
      v.put("creditCode", Map.of("value", d.creditCode));
      v.put("summary", Map.of("value", summary));
      v.put("dispatchId", Map.of("value", d.id, "type", "Long"));
      // what the project's delegate sets: who confirms and by when
      v.put("confirmerUserId", Map.of("value", "admin"));
      v.put("confirmDueDate", Map.of("value", LocalDate.now(SUZHOU).plusDays(14) + "T00:00:00.000+0800", "type", "Date"));
      return post("admin", "/engine-rest/process-definition/key/serviceRecord/start", Map.of("variables", v));
    }

    Call get(String user, String path) throws IOException, InterruptedException {
      return send(user, HttpRequest.newBuilder(uri(path)).GET());
    }

    Call post(String user, String path, Object body) throws IOException, InterruptedException {
      return send(user, HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    URI uri(String path) {
      return URI.create("http://127.0.0.1:" + port + path);
    }

    Call send(String user, HttpRequest.Builder request) throws IOException, InterruptedException {
      String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
      long t0 = System.nanoTime();
      HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic)
          .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
      return new Call(response.statusCode(), response.body(), (System.nanoTime() - t0) / 1e6);
    }

    long cpuTicks() throws IOException {
      return child.cpuTicks();
    }

    long[] sqlCounters() throws IOException {
      try (Socket s = new Socket(InetAddress.getLoopbackAddress(), probePort); InputStream in = s.getInputStream()) {
        String[] parts = new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
      }
    }

    void stop() {
      if (child != null) child.stop();
    }
  }

  static final Object[] BARE_FIXTURES = new Object[3];

  static final class Child {
    final Process process;

    Child(Process process) {
      this.process = process;
    }

    /** utime + stime of the whole JVM, in clock ticks (fields 14 and 15 of /proc/&lt;pid&gt;/stat). */
    long cpuTicks() throws IOException {
      String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    void stop() {
      if (process.isAlive()) {
        process.destroy();
        try {
          if (!process.waitFor(40, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
          }
        } catch (InterruptedException e) {
          process.destroyForcibly();
        }
      }
    }
  }

  void stopAll() {
    for (Child c : started) c.stop();
  }

  record Call(int status, String body, double ms) {
    boolean ok() {
      return status / 100 == 2;
    }

    JsonNode json() throws IOException {
      return JSON.readTree(body);
    }
  }

  /** One step's figures, summed over the measured rounds. */
  static final class Stats {
    final List<Double> latencies = new ArrayList<>();
    int calls;
    int errors;
    long cpuMs;
    long statements;
    long commits;

    void add(List<Call> all, long cpu, long stmts, long comm) {
      for (Call c : all) {
        calls++;
        if (!c.ok()) errors++;
        latencies.add(c.ms);
      }
      cpuMs += cpu;
      statements += stmts;
      commits += comm;
    }

    double perCall(long total) {
      return calls == 0 ? 0 : (double) total / calls;
    }

    double percentile(double p) {
      if (latencies.isEmpty()) return 0;
      List<Double> sorted = new ArrayList<>(latencies);
      Collections.sort(sorted);
      return sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p / 100 * sorted.size()) - 1));
    }
  }

  // ---------------------------------------------------------------- output

  static void print(String db, int users, Map<String, Stats> project, Map<String, Stats> bare) {
    System.out.printf("%n%s, %d concurrent user(s) — per call: app CPU ms, SQL statements, commits; latency ms%n", db, users);
    System.out.println("| step | side | calls | errors | CPU ms | SQL | commits | p50 | p95 | p99 |");
    System.out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (String step : project.keySet()) {
      for (String side : List.of("project", "bare")) {
        Stats s = (side.equals("project") ? project : bare).get(step);
        if (s == null) continue;
        System.out.printf(Locale.ROOT, "| %s | %s | %d | %d | %.1f | %.1f | %.2f | %.0f | %.0f | %.0f |%n", step, side,
            s.calls, s.errors, s.perCall(s.cpuMs), s.perCall(s.statements), s.perCall(s.commits), s.percentile(50),
            s.percentile(95), s.percentile(99));
      }
    }
    System.out.printf("%n%s, %d user(s) — project / bare per step%n", db, users);
    System.out.println("| step | CPU | SQL | commits | p50 | p95 |");
    System.out.println("|---|---:|---:|---:|---:|---:|");
    double cpuP = 0, cpuB = 0;
    for (String step : project.keySet()) {
      Stats p = project.get(step);
      Stats b = bare.get(step);
      if (b == null) continue;
      cpuP += p.perCall(p.cpuMs);
      cpuB += b.perCall(b.cpuMs);
      System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s |%n", step, ratio(p.perCall(p.cpuMs), b.perCall(b.cpuMs)),
          ratio(p.perCall(p.statements), b.perCall(b.statements)), ratio(p.perCall(p.commits), b.perCall(b.commits)),
          ratio(p.percentile(50), b.percentile(50)), ratio(p.percentile(95), b.percentile(95)));
    }
    System.out.printf(Locale.ROOT, "| all steps (sum of CPU per call) | %s | | | | |%n", ratio(cpuP, cpuB));
    System.out.flush();
  }

  static String ratio(double a, double b) {
    return b == 0 ? (a == 0 ? "–" : "∞") : String.format(Locale.ROOT, "%.2f×", a / b);
  }

  // ---------------------------------------------------------------- helpers

  /** The classpath of this run (exec:java's class loader), without test classes. */
  static String classpath() {
    List<String> entries = new ArrayList<>();
    ClassLoader loader = LoadBenchmark.class.getClassLoader();
    while (loader != null) {
      if (loader instanceof URLClassLoader urls) {
        for (URL url : urls.getURLs()) {
          String file = new File(URI.create(url.toString())).getPath();
          if (!file.endsWith("test-classes") && !entries.contains(file)) entries.add(file);
        }
      }
      loader = loader.getParent();
    }
    if (entries.isEmpty()) {
      entries.addAll(List.of(System.getProperty("java.class.path").split(File.pathSeparator)));
    }
    return String.join(File.pathSeparator, entries);
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) return;
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
