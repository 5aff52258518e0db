package cn.suzhou.shuanglian.scale;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Benchmark (not a test): the engine's task and history tables at province and national scale —
 * docs/scale.md. Reads a MariaDB/MySQL database in which the project's engine has run cases of its
 * processes (e.g. the process tests on MariaDB pointed at it):
 *
 * <ol>
 *   <li>rows one case of each process writes into each ACT_HI_* table (completed cases; a process
 *       with no completed case is measured on its open ones and marked so);</li>
 *   <li>bytes per row on this server: the history rows are first copied {@code bench.copies} times
 *       inside the same database (same contents, ids suffixed) so that each table holds far more than
 *       its first pages, then {@code ANALYZE TABLE} and (data_length + index_length) / COUNT(*);</li>
 *   <li>a yearly volume model (cases per commissioner, district and city per year, printed with the
 *       figures) multiplied out for Anhui at the dual-chain programme's size, Anhui at the national
 *       programme's density and the national programme.</li>
 * </ol>
 *
 * <p>Run: {@code ./mvnw -q -B -ntp -Pbench compile exec:java
 * -Dbench=cn.suzhou.shuanglian.scale.HistoryFootprintBenchmark -Dbench.url=jdbc:mysql://127.0.0.1:3306/scale_hist
 * -Dbench.user=… -Dbench.password=… [-Dbench.copies=40]}. The copies are written only into a database
 * whose name starts with {@code scale_}.
 */
public final class HistoryFootprintBenchmark {

  private HistoryFootprintBenchmark() {}

  /** A table and how its rows lead to their process instance (a SELECT of instance id → row count). */
  record Table(String name, String perInstance) {}

  static final List<Table> HISTORY = List.of(
      new Table("ACT_HI_PROCINST", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_PROCINST WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_ACTINST", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_ACTINST WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_TASKINST", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_TASKINST WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_VARINST", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_VARINST WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_DETAIL", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_DETAIL WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_IDENTITYLINK", "SELECT t.PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_IDENTITYLINK l "
          + "JOIN ACT_HI_TASKINST t ON t.ID_ = l.TASK_ID_ WHERE l.ID_ NOT LIKE '%~%' GROUP BY t.PROC_INST_ID_"),
      new Table("ACT_HI_JOB_LOG", "SELECT PROCESS_INSTANCE_ID_ id, COUNT(*) c FROM ACT_HI_JOB_LOG WHERE ID_ NOT LIKE '%~%' GROUP BY PROCESS_INSTANCE_ID_"),
      new Table("ACT_HI_OP_LOG", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_OP_LOG WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_DECINST", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_DECINST WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"),
      new Table("ACT_HI_DEC_IN", "SELECT d.PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_DEC_IN i "
          + "JOIN ACT_HI_DECINST d ON d.ID_ = i.DEC_INST_ID_ WHERE i.ID_ NOT LIKE '%~%' GROUP BY d.PROC_INST_ID_"),
      new Table("ACT_HI_DEC_OUT", "SELECT d.PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_DEC_OUT o "
          + "JOIN ACT_HI_DECINST d ON d.ID_ = o.DEC_INST_ID_ WHERE o.ID_ NOT LIKE '%~%' GROUP BY d.PROC_INST_ID_"),
      new Table("ACT_HI_COMMENT", "SELECT PROC_INST_ID_ id, COUNT(*) c FROM ACT_HI_COMMENT WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_INST_ID_"));

  /** Cases per year: per commissioner, per district (county), per city — the model behind the yearly figures. */
  record Rate(double perCommissioner, double perDistrict, double perCity, String why) {}

  static final Map<String, Rate> RATES = new LinkedHashMap<>();

  static {
    RATES.put("selectionRound", new Rate(0, 0, 0.5, "one round per city every two years (P-02 term)"));
    RATES.put("districtDemandCollection", new Rate(0, 0.5, 0, "one per district per round"));
    RATES.put("nomination", new Rate(0, 0, 0.5, "one per round"));
    RATES.put("matching", new Rate(0, 0, 0.5, "one per round"));
    RATES.put("agreementSigning", new Rate(0.5, 0, 0, "one per commissioner per round"));
    RATES.put("commissionerDispatch", new Rate(0.5, 0, 0, "one per commissioner per two-year term"));
    RATES.put("yearlyEvaluation", new Rate(1, 0, 0, "one per commissioner per service year"));
    RATES.put("evaluationScheme", new Rate(0, 0.5, 0, "one per district per round"));
    RATES.put("serviceRecord", new Rate(15, 0, 0, "≥ 30 service days a year (P-14) at about 2 days a record"));
    RATES.put("misconductCase", new Rate(0.01, 0, 0, "assumed 1 in 100 commissioners a year"));
    RATES.put("expertPoolApplication", new Rate(0.1, 0, 0, "assumed 1 in 10 commissioners a year"));
    RATES.put("projectApplication", new Rate(0.3, 0, 0, "assumed 3 in 10 commissioners a year (P-19 allows one per enterprise)"));
  }

  record Scenario(String name, int cities, int districts, int commissioners) {}

  static final List<Scenario> SCENARIOS = List.of(
      new Scenario("Anhui, dual-chain size (5 per county)", 16, 104, 520),
      new Scenario("Anhui at the national density (107 per county)", 16, 104, 11_128),
      new Scenario("National (300,000 × 2,800)", 333, 2_800, 300_000));

  static void out(String line) {
    System.out.println(line);
    System.out.flush();
  }

  public static void main(String[] args) throws SQLException {
    String url = System.getProperty("bench.url");
    int copies = Math.min(999, Integer.getInteger("bench.copies", 0));
    try (Connection db = DriverManager.getConnection(url, System.getProperty("bench.user"),
        System.getProperty("bench.password")); Statement st = db.createStatement()) {
      String schema = db.getCatalog();
      String version;
      try (ResultSet rs = st.executeQuery("SELECT VERSION()")) {
        rs.next();
        version = rs.getString(1);
      }
      out("Database " + schema + " on " + version + ".");

      // ---- 1. rows per case
      Map<String, long[]> instances = new TreeMap<>(); // key → {completed, open}
      try (ResultSet rs = st.executeQuery("SELECT PROC_DEF_KEY_, SUM(STATE_ = 'COMPLETED'), SUM(END_TIME_ IS NULL) "
          + "FROM ACT_HI_PROCINST WHERE ID_ NOT LIKE '%~%' GROUP BY PROC_DEF_KEY_")) {
        while (rs.next()) {
          instances.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)});
        }
      }
      Map<String, Map<String, Double>> perCase = new TreeMap<>();
      Map<String, String> basis = new TreeMap<>();
      for (String key : instances.keySet()) {
        boolean completed = instances.get(key)[0] > 0;
        basis.put(key, completed ? instances.get(key)[0] + " completed" : instances.get(key)[1] + " open (rows so far)");
        Map<String, Double> rows = new LinkedHashMap<>();
        for (Table t : HISTORY) {
          String sql = "SELECT AVG(COALESCE(x.c, 0)), MIN(COALESCE(x.c, 0)), MAX(COALESCE(x.c, 0)) FROM ACT_HI_PROCINST p "
              + "LEFT JOIN (" + t.perInstance() + ") x ON x.id = p.PROC_INST_ID_ WHERE p.PROC_DEF_KEY_ = '" + key + "' AND "
              + "p.ID_ NOT LIKE '%~%' AND " + (completed ? "p.STATE_ = 'COMPLETED'" : "p.END_TIME_ IS NULL");
          try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            rows.put(t.name(), rs.getDouble(1));
          }
        }
        perCase.put(key, rows);
      }
      out("");
      out("### Rows one case writes, per process (mean over the cases measured)");
      out("");
      StringBuilder head = new StringBuilder("| process | cases measured |");
      StringBuilder rule = new StringBuilder("|---|---|");
      for (Table t : HISTORY) {
        head.append(' ').append(t.name().replace("ACT_HI_", "")).append(" |");
        rule.append("--:|");
      }
      head.append(" all |");
      rule.append("--:|");
      out(head.toString());
      out(rule.toString());
      for (Map.Entry<String, Map<String, Double>> e : perCase.entrySet()) {
        StringBuilder row = new StringBuilder("| " + e.getKey() + " | " + basis.get(e.getKey()) + " |");
        double sum = 0;
        for (double v : e.getValue().values()) {
          row.append(String.format(Locale.ROOT, " %.1f |", v));
          sum += v;
        }
        row.append(String.format(Locale.ROOT, " %.1f |", sum));
        out(row.toString());
      }

      // ---- 2. bytes per row
      if (copies > 0) {
        if (!schema.startsWith("scale_")) {
          throw new IllegalStateException("copies are written only into a scale_ database, not " + schema);
        }
        for (Table t : HISTORY) {
          copy(db, st, schema, t.name(), copies);
        }
      }
      Map<String, double[]> bytes = new LinkedHashMap<>(); // table → {rows, data, index}
      List<String> tables = new ArrayList<>(HISTORY.stream().map(Table::name).toList());
      tables.add("ACT_RU_TASK");
      tables.add("ACT_GE_BYTEARRAY");
      for (String t : tables) {
        st.execute("ANALYZE TABLE " + t);
        long rows;
        try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + t)) {
          rs.next();
          rows = rs.getLong(1);
        }
        try (ResultSet rs = st.executeQuery("SELECT DATA_LENGTH, INDEX_LENGTH FROM information_schema.TABLES "
            + "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = '" + t + "'")) {
          rs.next();
          bytes.put(t, new double[] {rows, rs.getLong(1), rs.getLong(2)});
        }
      }
      out("");
      out("### Bytes per row on " + version + (copies > 0 ? " (history rows copied " + copies + " times first)" : ""));
      out("");
      out("| table | rows | data_length | index_length | bytes per row (data + index) |");
      out("|---|--:|--:|--:|--:|");
      bytes.forEach((t, b) -> out(String.format(Locale.ROOT, "| %s | %,.0f | %,.0f | %,.0f | %,.0f |", t, b[0], b[1], b[2],
          b[0] == 0 ? 0 : (b[1] + b[2]) / b[0])));

      // ---- 3. yearly volumes
      out("");
      out("### Cases a year (model)");
      out("");
      out("| process | per commissioner | per district | per city | why |");
      out("|---|--:|--:|--:|---|");
      RATES.forEach((k, r) -> out(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |", k, num(r.perCommissioner()),
          num(r.perDistrict()), num(r.perCity()), r.why())));
      for (Scenario s : SCENARIOS) {
        out("");
        out(String.format(Locale.ROOT, "### %s: %d cities, %,d districts, %,d commissioners — rows and bytes a year",
            s.name(), s.cities(), s.districts(), s.commissioners()));
        out("");
        out("| table | rows a year | MB a year | rows kept at a 5-year TTL (P1800D) | GB kept at 5 years |");
        out("|---|--:|--:|--:|--:|");
        double casesPerYear = 0;
        Map<String, Double> rowsPerYear = new LinkedHashMap<>();
        for (Map.Entry<String, Rate> e : RATES.entrySet()) {
          Rate r = e.getValue();
          double cases = r.perCommissioner() * s.commissioners() + r.perDistrict() * s.districts() + r.perCity() * s.cities();
          casesPerYear += cases;
          Map<String, Double> rows = perCase.get(e.getKey());
          if (rows == null) {
            continue;
          }
          rows.forEach((t, v) -> rowsPerYear.merge(t, v * cases, Double::sum));
        }
        double totalRows = 0;
        double totalBytes = 0;
        for (Map.Entry<String, Double> e : rowsPerYear.entrySet()) {
          double[] b = bytes.get(e.getKey());
          double perRow = b == null || b[0] == 0 ? 0 : (b[1] + b[2]) / b[0];
          totalRows += e.getValue();
          totalBytes += e.getValue() * perRow;
          out(String.format(Locale.ROOT, "| %s | %,.0f | %,.1f | %,.0f | %,.2f |", e.getKey(), e.getValue(),
              e.getValue() * perRow / 1e6, e.getValue() * 5, e.getValue() * 5 * perRow / 1e9));
        }
        out(String.format(Locale.ROOT, "| **all history** | %,.0f | %,.1f | %,.0f | %,.2f |", totalRows, totalBytes / 1e6,
            totalRows * 5, totalBytes * 5 / 1e9));
        double tasks = rowsPerYear.getOrDefault("ACT_HI_TASKINST", 0.0);
        out("");
        out(String.format(Locale.ROOT, "Cases a year: %,.0f. ACT_RU_TASK: %,.0f rows inserted a year (one per task, as "
                + "ACT_HI_TASKINST); open at any time if a task waits 7 days on average: about %,.0f rows; "
                + "history rows inserted per second over 250 working days × 8 h: %.2f.",
            casesPerYear, tasks, tasks * 7 / 365, totalRows / (250 * 8 * 3600.0)));
      }
    }
  }

  static String num(double v) {
    return v == 0 ? "" : v == Math.rint(v) ? String.format(Locale.ROOT, "%.0f", v) : String.valueOf(v);
  }

  /**
   * Copies the table's original rows {@code copies} times (at most 999), each copy's unique columns (the
   * primary key and, in ACT_HI_PROCINST, PROC_INST_ID_) ending in ~nnn instead of their last four
   * characters, so that they stay unique and as long as the originals.
   */
  static void copy(Connection db, Statement st, String schema, String table, int copies) throws SQLException {
    if (copies <= 0) {
      return;
    }
    List<String> unique = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT DISTINCT COLUMN_NAME FROM information_schema.STATISTICS WHERE TABLE_SCHEMA = '"
        + schema + "' AND TABLE_NAME = '" + table + "' AND NON_UNIQUE = 0")) {
      while (rs.next()) {
        unique.add(rs.getString(1));
      }
    }
    List<String> columns = new ArrayList<>();
    try (ResultSet rs = st.executeQuery("SELECT COLUMN_NAME FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = '"
        + schema + "' AND TABLE_NAME = '" + table + "' ORDER BY ORDINAL_POSITION")) {
      while (rs.next()) {
        columns.add(rs.getString(1));
      }
    }
    String list = String.join(", ", columns);
    st.executeUpdate("DELETE FROM " + table + " WHERE ID_ LIKE '%~%'"); // an earlier run's copies
    for (int n = 1; n <= copies; n++) {
      StringBuilder select = new StringBuilder();
      for (String c : columns) {
        select.append(select.length() == 0 ? "" : ", ").append(unique.contains(c)
            ? "CONCAT(LEFT(" + c + ", CHAR_LENGTH(" + c + ") - 4), '~" + String.format(Locale.ROOT, "%03d", n) + "')" : c);
      }
      st.executeUpdate("INSERT INTO " + table + " (" + list + ") SELECT " + select + " FROM " + table + " WHERE ID_ NOT LIKE '%~%'");
    }
    if (!db.getAutoCommit()) {
      db.commit();
    }
  }
}
