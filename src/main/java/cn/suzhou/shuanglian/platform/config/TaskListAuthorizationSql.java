package cn.suzhou.shuanglian.platform.config;

import java.sql.Connection;
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

  /** How many queries ran with the indexed check since start (for tests and the benchmark). */
  public long rewrittenQueries() {
    return rewriter.rewritten.get();
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
    }
    return Optional.of("WITH " + GRANTS + " AS (" + grants + ") " + checked);
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

    private final AtomicLong rewritten = new AtomicLong();
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
          Optional<String> faster;
          try {
            faster = rewrite(sql, kind.get());
          } catch (RuntimeException e) {
            faster = Optional.empty();  // never fail a query over its speed: the engine's SQL runs
          }
          if (faster.isPresent()) {
            handler.setValue("delegate.boundSql.sql", faster.get());
            rewritten.incrementAndGet();
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
