package cn.suzhou.shuanglian.platform.config;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.ibatis.executor.statement.StatementHandler;
import org.apache.ibatis.mapping.MappedStatement;
import org.apache.ibatis.plugin.Interceptor;
import org.apache.ibatis.plugin.Intercepts;
import org.apache.ibatis.plugin.Invocation;
import org.apache.ibatis.plugin.Signature;
import org.apache.ibatis.reflection.MetaObject;
import org.apache.ibatis.reflection.SystemMetaObject;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Officials' task lists at scale on MySQL/MariaDB (issue 14; the measurements are in
 * {@code docs/history-at-scale.md}). Every open task carries a grant row per candidate group (how a
 * county sees only its own tasks, P-14), and Camunda 7.24's task query checks them with
 * {@code left join (the user's grants) AUTH ON (AUTH.RESOURCE_ID_ = RES.ID_ OR … = D.KEY_ OR … = '*')}
 * — an OR over two outer tables that MySQL and MariaDB can only answer by comparing every task with
 * every grant of the user: 0.2–1.7 s for a county's 本部门待办 and 3–14 s for the city's 全部案件 at
 * 10,000 open tasks.
 *
 * <p>This plugin gives the task list and task count statements (Tasklist's filters, {@code /engine-rest/task},
 * the engine's {@code TaskQuery}) the same check in a form the database can index: the user's grants
 * once as a common table expression, and a task passes when its id, its definition key or {@code '*'}
 * is among them — exactly the rows the join admitted, now by semi-join (20–30 ms for both lists).
 * The grants, the permissions checked and every other criterion are Camunda's own: the plugin only
 * moves the engine's subquery, keeping its parameters in their order. A statement not in the expected
 * shape (another Camunda version) runs unchanged and is reported once as a warning; tests on MariaDB
 * prove that the rewrite applies and that every user sees exactly the tasks the engine's own permission
 * check grants. Other databases (H2) keep the engine's SQL.
 */
@Component
public class TaskListAuthorizationSql extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TaskListAuthorizationSql.class);

  private final Rewriter rewriter = new Rewriter();

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (DbSqlSessionFactory.MYSQL.equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration().addInterceptor(rewriter);
      LOG.info("task queries check authorizations by semi-join (MySQL/MariaDB)");
    }
  }

  /**
   * The index the semi-joins probe once per candidate task: every column of the engine's grant check,
   * so a probe reads the index alone (the engine's own index on {@code RESOURCE_ID_} made each probe
   * read the grant's row as well, and the database chose to materialise the user's grants instead —
   * the 本部门待办 count at 1,162 candidate tasks: 11.4 ms with it, 5.5 ms with this). Created once, on
   * the engine's table, beside the engine's own indexes (Camunda's upgrade scripts leave added indexes alone).
   */
  static final String GRANT_CHECK_INDEX = "SL_IDX_AUTH_GRANT_CHECK";
  private static final String GRANT_CHECK_COLUMNS = "RESOURCE_ID_, TYPE_, RESOURCE_TYPE_, PERMS_, GROUP_ID_, USER_ID_";
  private static final int DUPLICATE_KEY_NAME = 1061;

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (!DbSqlSessionFactory.MYSQL.equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    String createIndex = "CREATE INDEX " + GRANT_CHECK_INDEX + " ON " + table + " (" + GRANT_CHECK_COLUMNS + ")";
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (hasIndex(connection, table)) {
        return;
      }
      try (Statement create = connection.createStatement()) {
        create.execute(createIndex);
        LOG.info("index {} created on {} for the task lists' grant check", GRANT_CHECK_INDEX, table);
      }
    } catch (SQLException e) {
      if (e.getErrorCode() == DUPLICATE_KEY_NAME) {
        return;  // another node created it at the same time
      }
      LOG.warn("index {} could not be created on {} ({}); task lists stay correct but are slower with many open "
          + "tasks: run as the database's administrator: {}", GRANT_CHECK_INDEX, table, e.getMessage(), createIndex);
    }
  }

  static boolean hasIndex(Connection connection, String table) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("select count(*) from information_schema.STATISTICS"
        + " where TABLE_SCHEMA = database() and upper(TABLE_NAME) = upper(?) and INDEX_NAME = ?")) {
      query.setString(1, table);
      query.setString(2, GRANT_CHECK_INDEX);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() && rows.getLong(1) > 0;
      }
    }
  }

  /** How many queries ran with the indexed check since start (for tests and the benchmark). */
  public long rewrittenQueries() {
    return rewriter.rewritten.get();
  }

  /** How many task lists chose their page on the ids first ({@link #pageFirst}). */
  public long pagedFirstQueries() {
    return rewriter.pagedFirst.get();
  }

  /** Off: the engine's own SQL runs (tests compare both answers). */
  void enabled(boolean on) {
    rewriter.enabled = on;
  }

  /** The engine's statements this applies to: Tasklist's lists and counts, and the variables it shows in them. */
  static Optional<Kind> kindOf(String statementId) {
    String id = statementId.substring(statementId.lastIndexOf('.') + 1);
    return switch (id) {
      case "selectTaskByQueryCriteria" -> Optional.of(Kind.TASK_LIST);
      case "selectTaskCountByQueryCriteria", "selectVariableInstanceByQueryCriteria",
          "selectVariableInstanceCountByQueryCriteria" -> Optional.of(Kind.OTHER);
      default -> Optional.empty();
    };
  }

  /** A task list may drop its DISTINCT once nothing but the process definition is joined. */
  enum Kind { TASK_LIST, OTHER }

  private static final Pattern AUTH_JOIN_START = Pattern.compile(
      "(?i)\\b(left|inner)\\s+join\\s*\\(\\s*SELECT\\s+A\\.\\*\\s+FROM\\s+\\S*ACT_RU_AUTHORIZATION\\s+A\\b");
  private static final Pattern AUTH_ON = Pattern.compile("(?i)^\\s*AUTH\\s+ON\\s*\\(");
  private static final Pattern ON_TERM = Pattern.compile("(?i)^AUTH\\.RESOURCE_ID_\\s*=\\s*([A-Z_][A-Z0-9_]*\\.[A-Z_][A-Z0-9_]*|'\\*')$");
  private static final Pattern AUTH_CHECK = Pattern.compile("(?i)\\bAUTH\\.RESOURCE_ID_\\s+IS\\s+NOT\\s+NULL\\b");
  private static final Pattern ANY_AUTH_ALIAS = Pattern.compile("(?i)\\bAUTH\\d*\\.");
  private static final Pattern SELECT_DISTINCT = Pattern.compile("(?i)^select\\s+distinct\\s+");
  private static final Pattern TASK_TABLE = Pattern.compile("(?i)\\sfrom\\s+\\S*ACT_RU_TASK\\s+RES\\s");
  private static final Pattern MAIN_WHERE = Pattern.compile("(?i)\\sWHERE\\s");
  private static final Pattern DEFINITION_JOIN = Pattern.compile(
      "(?i)^(left|inner)\\s+join\\s+\\S*ACT_RE_PROCDEF\\s+D\\s+on\\s+RES\\.PROC_DEF_ID_\\s*=\\s*D\\.ID_$");

  static final String GRANTS = "USER_GRANTS";

  /**
   * The engine's query with its authorization join turned into a common table expression and a
   * semi-join per resource id the join compared; empty when the statement has no such join or is not
   * in the shape this knows.
   */
  static Optional<String> rewrite(String sql, Kind kind) {
    Matcher start = AUTH_JOIN_START.matcher(sql);
    if (!start.find()) {
      return Optional.empty();  // no authorization check (administrator, or revoke mode)
    }
    int joinStart = start.start();
    int open = sql.indexOf('(', joinStart);
    int close = matchingParenthesis(sql, open);
    if (close < 0 || sql.substring(0, joinStart).indexOf('?') >= 0 || start.find()) {
      return Optional.empty();  // parameters before the join, or a second join: their order would change
    }
    String grants = sql.substring(open + 1, close);
    String afterJoin = sql.substring(close + 1);
    Matcher on = AUTH_ON.matcher(afterJoin);
    if (!on.find()) {
      return Optional.empty();
    }
    int onOpen = on.end() - 1;
    int onClose = matchingParenthesis(afterJoin, onOpen);
    if (onClose < 0) {
      return Optional.empty();
    }
    List<String> semiJoins = new ArrayList<>();
    boolean wildcard = false;
    for (String term : afterJoin.substring(onOpen + 1, onClose).strip().split("(?i)\\s+OR\\s+")) {
      Matcher compared = ON_TERM.matcher(term.strip());
      if (!compared.matches()) {
        return Optional.empty();
      }
      if (compared.group(1).equals("'*'")) {
        wildcard = true;
      } else {
        semiJoins.add(compared.group(1) + " IN (SELECT G.RESOURCE_ID_ FROM " + GRANTS + " G)");
      }
    }
    if (wildcard) {  // first: evaluated once, and it decides for every row of a user with a '*' grant
      semiJoins.add(0, "EXISTS (SELECT 1 FROM " + GRANTS + " G WHERE G.RESOURCE_ID_ = '*')");
    }
    String rest = (sql.substring(0, joinStart) + " " + afterJoin.substring(onClose + 1)).strip();
    Matcher check = AUTH_CHECK.matcher(rest);
    if (!check.find()) {
      return Optional.empty();
    }
    String checked = rest.substring(0, check.start()) + "(" + String.join(" OR ", semiJoins) + ")"
        + rest.substring(check.end());
    if (ANY_AUTH_ALIAS.matcher(checked).find() || !checked.regionMatches(true, 0, "select", 0, 6)) {
      return Optional.empty();  // composite checks (AUTH1 …) or a statement that is not a plain select
    }
    if (kind == Kind.TASK_LIST && onlyDefinitionJoined(checked)) {
      // one row per task: the DISTINCT that undid the join's duplicates would only keep the database
      // from stopping at the page's last row (the city's 全部案件 read every open task for 15)
      checked = SELECT_DISTINCT.matcher(checked).replaceFirst("select ");
    } else if (kind == Kind.TASK_LIST) {
      checked = pageFirst(checked).orElse(checked);
    }
    return Optional.of("WITH " + GRANTS + " AS (" + grants + ") " + checked);
  }

  private static final Pattern SELECTED_COLUMN = Pattern.compile("(?i)^RES\\.[A-Z_][A-Z0-9_]*$");
  private static final Pattern ORDER_AND_PAGE = Pattern.compile(
      "(?is)\\sorder\\s+by\\s+(RES\\.[A-Z_][A-Z0-9_]*\\s+(?:asc|desc)(?:\\s*,\\s*RES\\.[A-Z_][A-Z0-9_]*\\s+(?:asc|desc))*)\\s+(LIMIT\\s[^()]*)$");
  private static final Pattern ORDER_TERM = Pattern.compile("(?i)(RES\\.[A-Z_][A-Z0-9_]*)\\s+(asc|desc)");
  private static final String PAGE_JOIN = ") PAGE on PAGE.PAGE_ID_ = RES.ID_";

  /**
   * A task list that keeps its DISTINCT (joined to identity links: 本部门待办) as a deferred join: the
   * page is chosen on the task ids and sort columns alone, and only its rows are read whole. The
   * database otherwise de-duplicates and sorts every candidate task's whole row (descriptions included)
   * for 15 of them: at 1,162 candidate tasks the list took twice its count. Applies when the list is
   * sorted by the task's own columns and paged; the page, its order and the parameters' order are the
   * engine's (the inner query is the engine's, unchanged but for its select list).
   */
  static Optional<String> pageFirst(String sql) {
    Matcher distinct = SELECT_DISTINCT.matcher(sql);
    Matcher from = TASK_TABLE.matcher(sql);
    Matcher order = ORDER_AND_PAGE.matcher(sql);
    if (!distinct.find() || !from.find() || !order.find() || from.start() < distinct.end()) {
      return Optional.empty();
    }
    String columns = sql.substring(distinct.end(), from.start()).strip();
    for (String column : columns.split(",")) {
      if (!SELECTED_COLUMN.matcher(column.strip()).matches()) {
        return Optional.empty();
      }
    }
    List<String> pageColumns = new ArrayList<>(List.of("RES.ID_ AS PAGE_ID_"));
    List<String> innerOrder = new ArrayList<>();
    List<String> outerOrder = new ArrayList<>();
    Matcher term = ORDER_TERM.matcher(order.group(1));
    for (int i = 0; term.find(); i++) {
      pageColumns.add(term.group(1) + " AS PAGE_SORT_" + i + "_");
      innerOrder.add("PAGE_SORT_" + i + "_ " + term.group(2));
      outerOrder.add("PAGE.PAGE_SORT_" + i + "_ " + term.group(2));
    }
    String inner = "select distinct " + String.join(", ", pageColumns) + sql.substring(from.start(), order.start())
        + " order by " + String.join(", ", innerOrder) + " " + order.group(2).strip();
    return Optional.of("select " + columns + " " + from.group().strip() + " join (" + inner + PAGE_JOIN
        + " order by " + String.join(", ", outerOrder));
  }

  /** Whether the task table is joined to nothing but its process definition (one row per task). */
  private static boolean onlyDefinitionJoined(String sql) {
    Matcher from = TASK_TABLE.matcher(sql);
    if (!from.find()) {
      return false;
    }
    Matcher where = MAIN_WHERE.matcher(sql);
    if (!where.find(from.end() - 1)) {
      return false;
    }
    return DEFINITION_JOIN.matcher(sql.substring(from.end(), where.start()).strip()).matches();
  }

  private static int matchingParenthesis(String sql, int open) {
    int depth = 0;
    boolean quoted = false;
    for (int i = open; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && c == '(') {
        depth++;
      } else if (!quoted && c == ')' && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The MyBatis plugin: rewrites the two task statements just before they are prepared. */
  @Intercepts(@Signature(type = StatementHandler.class, method = "prepare", args = {Connection.class, Integer.class}))
  static final class Rewriter implements Interceptor {

    /**
     * The rewrite of each statement text the engine builds (its values are parameters, so a few hundred
     * texts cover every user and page): the patterns run once per text, not once per query.
     */
    private final Cache<String, Optional<String>> rewrites = Caffeine.newBuilder().maximumSize(1_000).build();
    private final AtomicLong rewritten = new AtomicLong();
    private final AtomicLong pagedFirst = new AtomicLong();
    private final AtomicBoolean warned = new AtomicBoolean();
    private volatile boolean enabled = true;

    @Override
    public Object intercept(Invocation invocation) throws Throwable {
      MetaObject handler = SystemMetaObject.forObject(invocation.getTarget());
      if (enabled && handler.hasGetter("delegate.mappedStatement")) {
        MappedStatement statement = (MappedStatement) handler.getValue("delegate.mappedStatement");
        Optional<Kind> kind = kindOf(statement.getId());
        if (kind.isPresent()) {
          String sql = (String) handler.getValue("delegate.boundSql.sql");
          Optional<String> faster = rewrites.get(sql, original -> {
            try {
              return rewrite(original, kind.get());
            } catch (RuntimeException e) {
              return Optional.empty();  // never fail a query over its speed: the engine's SQL runs
            }
          });
          if (faster.isPresent()) {
            handler.setValue("delegate.boundSql.sql", faster.get());
            rewritten.incrementAndGet();
            if (faster.get().contains(PAGE_JOIN)) {
              pagedFirst.incrementAndGet();
            }
          } else if (AUTH_JOIN_START.matcher(sql).find() && warned.compareAndSet(false, true)) {
            LOG.warn("the engine's task query is not in the shape known to {}; it runs unchanged and task lists "
                + "may be slow with many open tasks", TaskListAuthorizationSql.class.getSimpleName());
          }
        }
      }
      return invocation.proceed();
    }
  }
}
