package cn.suzhou.shuanglian.history;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * How long the history cleanup takes to remove what is due on a database filled by {@link HistoryGenerator}
 * (README "History and its cleanup"): the application runs in-process ({@link BenchApp}) with its job
 * executor on and the configured cleanup (removal-time strategy, batches of 500, one job), except that the
 * nightly batch window is widened to the whole day so that the run starts now; the cleanup is started as an
 * operator would ({@code HistoryService#cleanUpHistoryAsync(true)}, i.e. {@code POST /engine-rest/history/cleanup
 * ?immediatelyDue=true}). It prints, per definition, the finished cases due before and left after, the rows of
 * each history table before and after, the time until nothing due was left, and whether anything not yet due
 * was removed.
 *
 * <p><b>It removes history</b>: run it on a generated database you can generate again.
 * {@code ./mvnw -q -B -ntp -Pbench compile exec:java -Dbench=cn.suzhou.shuanglian.history.HistoryCleanupBenchmark
 * -Ddb=mariadb -Ddb.url=…} ({@code -Dtimeout=} seconds, default 1800).
 */
public final class HistoryCleanupBenchmark {

  static final String PROCESS_INSTANCES = "ACT_HI_PROCINST";
  static final List<String> TABLES = List.of(PROCESS_INSTANCES, "ACT_HI_ACTINST", "ACT_HI_TASKINST", "ACT_HI_VARINST",
      "ACT_HI_IDENTITYLINK", "ACT_HI_DETAIL");

  public static void main(String[] args) {
    System.setProperty("app.camunda.bpm.job-execution.enabled", "true");
    System.setProperty("app.camunda.bpm.generic-properties.properties.history-cleanup-batch-window-start-time", "00:00");
    System.setProperty("app.camunda.bpm.generic-properties.properties.history-cleanup-batch-window-end-time", "23:59");
    int status = 0;
    try {
      run();
    } catch (Throwable e) {
      e.printStackTrace();
      status = 1;
    }
    System.exit(status);
  }

  static void run() throws Exception {
    // counted before the application starts: its job executor may begin the cleanup at once (the window is open)
    Timestamp now = new Timestamp(System.currentTimeMillis());
    JdbcTemplate direct = new JdbcTemplate(new SingleConnectionDataSource(BenchApp.url(), BenchApp.user(), BenchApp.password(), true));
    Map<String, long[]> before = casesByDefinition(direct, now);
    Map<String, long[]> tablesBefore = dueAndNot(direct, now);
    long dueBefore = tablesBefore.get(PROCESS_INSTANCES)[0];
    long notDueBefore = tablesBefore.get(PROCESS_INSTANCES)[1];
    long dueRowsBefore = tablesBefore.values().stream().mapToLong(c -> c[0]).sum();
    ((SingleConnectionDataSource) direct.getDataSource()).destroy();
    System.out.printf(Locale.ROOT, "%nHistory cleanup on %s: %,d finished cases' process instances due (removal time before %s),"
        + " %,d not due; %,d history rows due in all%n", BenchApp.describe(), dueBefore, now, notDueBefore, dueRowsBefore);

    long start = System.nanoTime();
    try (ConfigurableApplicationContext context = BenchApp.start()) {
      long ready = System.nanoTime();
      JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
      long due = dueRows(jdbc, now);
      System.out.printf(Locale.ROOT, "  application ready after %.1f s: %,d history rows due left%n", (ready - start) / 1e9, due);
      context.getBean(HistoryService.class).cleanUpHistoryAsync(true);
      long timeout = Duration.ofSeconds(Long.getLong("timeout", 1800)).toNanos();
      long lastChange = System.nanoTime();
      long lastPrinted = 0;
      while (due > 0 && System.nanoTime() - start < timeout) {
        Thread.sleep(500);
        long left = dueRows(jdbc, now);
        if (left != due) {
          lastChange = System.nanoTime();
          if (lastChange - lastPrinted > Duration.ofSeconds(5).toNanos() || left == 0) {
            lastPrinted = lastChange;
            System.out.printf(Locale.ROOT, "  %6.1f s after the start began: %,d history rows due left%n", (lastChange - start) / 1e9, left);
          }
        } else if (System.nanoTime() - lastChange > Duration.ofSeconds(120).toNanos()) {
          System.out.println("  nothing removed for 120 s: stopping");
          break;
        }
        due = left;
      }
      double sinceReady = (lastChange - ready) / 1e9;
      Map<String, long[]> after = casesByDefinition(jdbc, now);

      System.out.printf(Locale.ROOT, "%n| definition | due before | due after | not due before | not due after |%n|---|---:|---:|---:|---:|%n");
      for (Map.Entry<String, long[]> entry : before.entrySet()) {
        long[] b = entry.getValue();
        long[] a = after.getOrDefault(entry.getKey(), new long[2]);
        System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", entry.getKey(), b[0], a[0], b[1], a[1]);
      }
      Map<String, long[]> tablesAfter = dueAndNot(jdbc, now);
      System.out.printf(Locale.ROOT, "%n| table | due before | due after | not due before | not due after |%n|---|---:|---:|---:|---:|%n");
      boolean keptAll = true;
      for (String table : TABLES) {
        long[] b = tablesBefore.get(table);
        long[] a = tablesAfter.get(table);
        keptAll &= a[1] == b[1];
        System.out.printf(Locale.ROOT, "| %s | %,d | %,d | %,d | %,d |%n", table, b[0], a[0], b[1], a[1]);
      }
      long removed = all(tablesBefore) - all(tablesAfter);
      long casesLeft = tablesAfter.get(PROCESS_INSTANCES)[0];
      long notDueAfter = tablesAfter.get(PROCESS_INSTANCES)[1];
      System.out.printf(Locale.ROOT, "%nremoved %,d process instances and %,d history rows in all; the last removal %.1f s after the"
          + " application was ready (%.1f s after its start began, %,.0f rows/s); %,d rows due left; not-due process instances"
          + " %,d before and %,d after%s%n", dueBefore - casesLeft, removed, sinceReady, (lastChange - start) / 1e9,
          sinceReady > 0 ? removed / sinceReady : 0.0, due, notDueBefore, notDueAfter,
          keptAll && notDueBefore == notDueAfter ? " (no row not due was removed, in any table)" : " — NOT-DUE HISTORY WAS REMOVED");
    }
  }

  /** Per definition key: process instances due, and not due, at {@code now}. */
  static Map<String, long[]> casesByDefinition(JdbcTemplate jdbc, Timestamp now) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    jdbc.query("select PROC_DEF_KEY_, sum(case when REMOVAL_TIME_ <= ? then 1 else 0 end),"
        + " sum(case when REMOVAL_TIME_ is null or REMOVAL_TIME_ > ? then 1 else 0 end)"
        + " from ACT_HI_PROCINST group by PROC_DEF_KEY_ order by PROC_DEF_KEY_", row -> {
          counts.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)});
        }, now, now);
    return counts;
  }

  /** Per table: rows due at {@code now}, and rows not due (no removal time, or a later one). */
  static Map<String, long[]> dueAndNot(JdbcTemplate jdbc, Timestamp now) {
    Map<String, long[]> counts = new LinkedHashMap<>();
    for (String table : TABLES) {
      counts.put(table, new long[] {count(jdbc, "select count(*) from " + table + " where REMOVAL_TIME_ <= ?", now),
          count(jdbc, "select count(*) from " + table + " where REMOVAL_TIME_ is null or REMOVAL_TIME_ > ?", now)});
    }
    return counts;
  }

  static long dueRows(JdbcTemplate jdbc, Timestamp now) {
    long due = 0;
    for (String table : TABLES) {
      due += count(jdbc, "select count(*) from " + table + " where REMOVAL_TIME_ <= ?", now);
    }
    return due;
  }

  /** Every row of those tables: due or not. */
  static long all(Map<String, long[]> dueAndNot) {
    return dueAndNot.values().stream().mapToLong(c -> c[0] + c[1]).sum();
  }

  static long count(JdbcTemplate jdbc, String sql, Object... args) {
    return jdbc.queryForObject(sql, Long.class, args);
  }
}
