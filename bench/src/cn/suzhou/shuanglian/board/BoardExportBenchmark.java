package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceRecord;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceType;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.sourceunit.SourceUnitRepository;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 16's figures for the official's board and the Excel exports: fills a database with
 * {@code -Ddispatches=} (default 1,000) running dispatches and {@code -Drecords=} (default 10,000) confirmed
 * service records, spread over the 8 districts (埇桥区 the largest), written straight through the domain's
 * repositories (a signed round, a final match, a signed agreement and a dispatch serving two enterprises
 * each — as the tests' DispatchFixtures write them, no process), once: a second run finds them and only
 * measures. Then it starts the application in-process and times over HTTP, as the city ({@code city.li}) and
 * as 埇桥区's official ({@code yq.zhao}): the exports of the service records and the dispatches, a page of
 * the service records' JSON list, and the board's calls ({@code /api/board/…}; "not available" when this
 * build has no such endpoint). Prints p50/p95 over {@code -Druns=} (default 10; 30 for the board's calls)
 * after two unmeasured warm-up calls, and the rows answered.
 *
 * <ul>
 *   <li>{@code -Ddb=h2} (default): H2 file {@code ./data/board-bench} (or {@code -Ddb.url=});</li>
 *   <li>{@code -Ddb=mariadb}: profile {@code mysql}, {@code -Ddb.url=} (default database
 *       {@code shuanglian_board_bench} on 127.0.0.1:3306), {@code -Ddb.user=}, {@code -Ddb.password=} (else TEST_MYSQL_USER / TEST_MYSQL_PASSWORD, as the tests);</li>
 *   <li>{@code -Dport=} the HTTP port (default 8092).</li>
 * </ul>
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -Pbench compile exec:java -Dbench=cn.suzhou.shuanglian.board.BoardExportBenchmark
 * -Ddb=h2}
 */
public final class BoardExportBenchmark {

  static final String PASSWORD = "Suzhou#2025";
  static final String MARK = "BB";
  /** Share of each district's dispatches (as HistoryGenerator: 埇桥区 the largest, the parks the smallest). */
  static final Map<String, Double> DISTRICT_WEIGHT = Map.of("341302", 0.28, "341321", 0.14, "341322", 0.14,
      "341323", 0.13, "341324", 0.13, "SZETDZ", 0.07, "SZHTZ", 0.06, "SMPARK", 0.05);
  static final String USCC = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  private BoardExportBenchmark() {}

  public static void main(String[] args) throws Exception {
    int dispatchCount = Integer.getInteger("dispatches", 1_000);
    int recordCount = Integer.getInteger("records", 10_000);
    long started = System.nanoTime();
    try (ConfigurableApplicationContext app = start()) {
      System.out.printf("started in %.1f s on %s%n", (System.nanoTime() - started) / 1e9, describe());
      int year = fill(app, dispatchCount, recordCount);
      measure(year);
    }
    System.exit(0);
  }

  // ---------------------------------------------------------------------------------------------- data

  /** Writes the dispatches and records unless an earlier run did; answers the round's year. */
  static int fill(ConfigurableApplicationContext app, int dispatchCount, int recordCount) {
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    Integer existing = jdbc.queryForObject("select count(*) from agreement where agreement_no like ?", Integer.class,
        MARK + "%");
    if (existing != null && existing >= dispatchCount) {
      Integer year = jdbc.queryForObject("select max(r.round_year) from selection_round r where r.opened_by = ?",
          Integer.class, "board-bench");
      System.out.printf("data present: %d bench dispatches (round %d)%n", existing, year);
      return year;
    }
    TransactionTemplate tx = app.getBean(TransactionTemplate.class);
    SelectionRoundRepository rounds = app.getBean(SelectionRoundRepository.class);
    RoundMatchRepository matches = app.getBean(RoundMatchRepository.class);
    AgreementRepository agreements = app.getBean(AgreementRepository.class);
    DispatchRepository dispatches = app.getBean(DispatchRepository.class);
    CommissionerRepository commissioners = app.getBean(CommissionerRepository.class);
    EnterpriseRepository enterprises = app.getBean(EnterpriseRepository.class);
    ServiceRecordRepository records = app.getBean(ServiceRecordRepository.class);
    List<District> districts = app.getBean(DistrictRepository.class).findByActiveTrueOrderBySortOrder();
    List<SourceUnit> units = app.getBean(SourceUnitRepository.class).findAll();
    List<IndustryGroup> groups = app.getBean(IndustryGroupRepository.class).findAll();
    LocalDate termStart = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(400);
    int year = rounds.findAll().stream().mapToInt(SelectionRound::getRoundYear).max().orElse(2024) + 1;
    long t0 = System.nanoTime();
    SelectionRound round = tx.execute(s -> {
      SelectionRound r = new SelectionRound(year, termStart.minusMonths(3),
          districts.stream().map(District::getCode).toList(), "board-bench", Instant.now());
      r.moveTo(RoundStatus.SIGNED);
      return rounds.save(r);
    });
    // the district of each dispatch, by weight
    List<District> ofDispatch = new ArrayList<>();
    for (District d : districts) {
      long n = Math.round(dispatchCount * DISTRICT_WEIGHT.getOrDefault(d.getCode(), 1.0 / districts.size()));
      for (int i = 0; i < n && ofDispatch.size() < dispatchCount; i++) {
        ofDispatch.add(d);
      }
    }
    while (ofDispatch.size() < dispatchCount) {
      ofDispatch.add(districts.get(0));
    }
    int recordsEach = recordCount / dispatchCount;
    int extra = recordCount % dispatchCount;
    int chunk = 50;
    String[] names = {"恒达", "皖北", "汇丰", "科瑞", "宏远", "金桥", "新材", "绿源"};
    for (int from = 0; from < dispatchCount; from += chunk) {
      int start = from;
      tx.executeWithoutResult(s -> {
        for (int i = start; i < Math.min(start + chunk, dispatchCount); i++) {
          District district = ofDispatch.get(i);
          IndustryGroup group = groups.get(i % groups.size());
          Commissioner commissioner = commissioners.save(new Commissioner(null, "基准专员" + i, units.get(i % units.size()),
              i % 5 == 0 ? CommissionerLevel.PROVINCIAL : CommissionerLevel.MUNICIPAL, group, "新型建材", "高级工程师",
              "1385570" + String.format("%04d", i % 10_000), residentId(year, i)));
          List<Enterprise> served = new ArrayList<>();
          for (int e = 0; e < 2; e++) {
            int n = 2 * i + e;
            served.add(enterprises.save(new Enterprise(creditCode(year, n),
                "宿州" + names[n % names.length] + "基准企业" + n + "有限公司", district, group, EnterpriseScale.SMALL,
                null, "联系人" + n, "1395570" + String.format("%04d", n % 10_000))));
          }
          RoundMatch match = new RoundMatch(round, commissioner, district, true, 10, "基准结对");
          match.finalise();
          match = matches.save(match);
          Agreement agreement = new Agreement(match, null);
          agreement.accept("board-bench", Instant.now());
          agreement.sign(MARK + year + "-" + district.getCode() + "-" + i, termStart, termStart, termStart.plusYears(2),
              "board-bench", Instant.now());
          agreement = agreements.save(agreement);
          Dispatch dispatch = dispatches.save(new Dispatch(agreement,
              Set.of(served.get(0).getId(), served.get(1).getId())));
          int count = recordsEach + (i < extra ? 1 : 0);
          for (int k = 0; k < count; k++) {
            LocalDate day = termStart.plusDays(7L + k * 30L % 330);
            ServiceRecord record = new ServiceRecord(dispatch, served.get(k % 2), ServiceType.values()[k % ServiceType.values().length],
                day, day.plusDays(1), 2, 1, "基准服务记录：现场诊断生产工艺，提出改进方案并跟踪落实（第" + (k + 1) + "次）。",
                "board-bench", Instant.now(), null);
            record.confirm("board-bench", Instant.now());
            records.save(record);
          }
        }
      });
      if ((from / chunk) % 4 == 3) {
        System.out.printf("  %d dispatches written (%.0f s)%n", Math.min(from + chunk, dispatchCount),
            (System.nanoTime() - t0) / 1e9);
      }
    }
    System.out.printf("filled %d dispatches, %d confirmed service records in %.0f s (round %d)%n", dispatchCount,
        recordCount, (System.nanoTime() - t0) / 1e9, year);
    return year;
  }

  /** A resident ID (GB 11643 check character) unique to the bench's round. */
  static String residentId(int year, int n) {
    LocalDate birth = LocalDate.of(1960 + year % 10, 1, 1).plusDays(n / 1000);
    String first17 = "341322" + birth.toString().replace("-", "") + String.format("%03d", n % 1000);
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (first17.charAt(i) - '0') * ID_WEIGHTS[i];
    }
    return first17 + "10X98765432".charAt(sum % 11);
  }

  /** A unified social credit code (GB 32100 check character) unique to the bench's round. */
  static String creditCode(int year, int n) {
    long v = (long) year * 100_000L + n;
    StringBuilder tail = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      tail.append(USCC.charAt((int) (v % 31)));
      v /= 31;
    }
    String first17 = "91341322M" + tail;
    int sum = 0;
    int weight = 1;
    for (int i = 0; i < 17; i++) {
      sum += USCC.indexOf(first17.charAt(i)) * weight;
      weight = weight * 3 % 31;
    }
    return first17 + USCC.charAt((31 - sum % 31) % 31);
  }

  // ---------------------------------------------------------------------------------------------- timing

  record Call(String label, String path, int runs) {}

  static void measure(int year) throws IOException, InterruptedException {
    int runs = Integer.getInteger("runs", 10);
    List<Call> calls = List.of(
        new Call("export 服务记录.xlsx", "/api/service-records/export.xlsx", runs),
        new Call("export 派驻服务.xlsx", "/api/dispatches/export.xlsx", runs),
        new Call("GET /api/service-records (page 0, 50)", "/api/service-records?page=0&size=50", 3 * runs),
        new Call("GET /api/dispatches (page 0, 50)", "/api/dispatches?page=0&size=50", 3 * runs),
        new Call("GET /api/board/dispatches (page 0, 50)", "/api/board/dispatches?page=0&size=50", 3 * runs),
        new Call("GET /api/board/rounds/" + year, "/api/board/rounds/" + year, 3 * runs),
        new Call("GET /api/board/charts?year=" + year, "/api/board/charts?year=" + year, 3 * runs),
        new Call("GET /api/board/search?q=恒达", "/api/board/search?q=" + URLEncoder.encode("恒达", StandardCharsets.UTF_8),
            3 * runs));
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    System.out.printf("%nmachine: %s, %d cores, Java %s, heap max %d MB; %s%n", System.getProperty("os.name"),
        Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
        Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getRuntimeMXBean().getVmName());
    System.out.printf("%-42s %-8s %7s %9s %9s %11s%n", "call", "user", "runs", "p50 ms", "p95 ms", "rows");
    for (Call call : calls) {
      for (String user : List.of("city.li", "yq.zhao")) {
        System.out.println(row(client, call, user));
      }
    }
  }

  static String row(HttpClient client, Call call, String user) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + call.path()))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept-Language", "zh-CN").timeout(Duration.ofMinutes(2)).GET().build();
    HttpResponse<byte[]> first = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (first.statusCode() != 200) {
      return String.format("%-42s %-8s %7s %s", call.label(), user, "-",
          first.statusCode() == 404 ? "not available (404)" : "answered " + first.statusCode());
    }
    client.send(request, HttpResponse.BodyHandlers.ofByteArray());  // second warm-up
    long[] times = new long[call.runs()];
    HttpResponse<byte[]> last = first;
    for (int i = 0; i < call.runs(); i++) {
      long t = System.nanoTime();
      last = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      times[i] = System.nanoTime() - t;
      if (last.statusCode() != 200) {
        throw new IllegalStateException(call.path() + " answered " + last.statusCode());
      }
    }
    java.util.Arrays.sort(times);
    return String.format(Locale.ROOT, "%-42s %-8s %7d %9.0f %9.0f %11s", call.label(), user, call.runs(),
        times[(call.runs() - 1) / 2] / 1e6, times[(int) Math.ceil(call.runs() * 0.95) - 1] / 1e6, rows(call, user, last));
  }

  /** The rows answered: of a workbook, its JSON list's X-Total-Count; of a JSON page, its header or size. */
  static String rows(Call call, String user, HttpResponse<byte[]> answer) throws IOException, InterruptedException {
    String total = answer.headers().firstValue("X-Total-Count").orElse(null);
    if (call.path().endsWith("export.xlsx")) {
      String list = call.path().substring(0, call.path().indexOf("/export.xlsx"));
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + list + "?size=1"))
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD)
              .getBytes(StandardCharsets.UTF_8))).GET().build();
      HttpResponse<Void> json = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding());
      return json.headers().firstValue("X-Total-Count").orElse("?") + String.format(Locale.ROOT, " (%.1f MB)",
          answer.body().length / 1048576.0);
    }
    return total == null ? answer.body().length + " B" : total + " total";
  }

  // ---------------------------------------------------------------------------------------------- app

  static boolean mariaDb() {
    return "mariadb".equalsIgnoreCase(System.getProperty("db", "h2"));
  }

  static int port() {
    return Integer.getInteger("port", 8092);
  }

  static String url() {
    if (mariaDb()) {
      return System.getProperty("db.url", "jdbc:mysql://127.0.0.1:3306/shuanglian_board_bench?sendFractionalSeconds=false"
          + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
          + "&rewriteBatchedStatements=true");
    }
    return System.getProperty("db.url", "jdbc:h2:file:./data/board-bench;AUTO_SERVER=FALSE;LOCK_TIMEOUT=30000");
  }

  static String describe() {
    return mariaDb() ? "MariaDB (" + url() + ")" : "H2 file (" + url() + ")";
  }

  /** The application with the demo users and records, the job executor off (nothing runs behind the figures). */
  static ConfigurableApplicationContext start() {
    return cn.suzhou.shuanglian.history.BenchApp.start(url(), port());
  }
}
