package cn.suzhou.shuanglian.history;

import cn.suzhou.shuanglian.ShuanglianApplication;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application in-process for the history benchmarks, on the database the system
 * properties name, with the demo users and records (the benchmarks log in as {@code yq.zhao},
 * {@code city.li} and {@code pm.sun}) and the job executor off (nothing runs behind the figures).
 *
 * <ul>
 *   <li>{@code -Ddb=h2} (default): H2 file {@code ./data/history-at-scale} (or {@code -Ddb.url=});</li>
 *   <li>{@code -Ddb=mariadb}: profile {@code mysql}, {@code -Ddb.url=} (default database {@code hist_scale} on
 *       127.0.0.1:3306), {@code -Ddb.user=}, {@code -Ddb.password=} (else TEST_MYSQL_USER / TEST_MYSQL_PASSWORD, as the tests);</li>
 *   <li>{@code -Dport=} the HTTP port (default 18200).</li>
 * </ul>
 */
public final class BenchApp {

  static final String DEMO_PASSWORD = "Suzhou#2025";

  private BenchApp() {}

  static Thread daemon(Runnable runnable) {
    Thread thread = new Thread(runnable);
    thread.setDaemon(true);
    return thread;
  }

  static boolean mariaDb() {
    return "mariadb".equalsIgnoreCase(System.getProperty("db", "h2"));
  }

  static int port() {
    return Integer.getInteger("port", 18200);
  }

  static String describe() {
    return mariaDb() ? "MariaDB (" + url() + ")" : "H2 file (" + url() + ")";
  }

  static String url() {
    if (mariaDb()) {
      return System.getProperty("db.url", "jdbc:mysql://127.0.0.1:3306/hist_scale?sendFractionalSeconds=false"
          + "&connectionTimeZone=UTC&forceConnectionTimeZoneToSession=true&characterEncoding=UTF-8"
          + "&rewriteBatchedStatements=true");
    }
    return System.getProperty("db.url", "jdbc:h2:file:./data/history-at-scale;AUTO_SERVER=FALSE;LOCK_TIMEOUT=30000");
  }

  /** The database user: {@code -Ddb.user=}, else TEST_MYSQL_USER, else {@code shuanglian} (H2: the application's own). */
  static String user() {
    if (!mariaDb()) {
      return System.getProperty("db.user", "sa");
    }
    return System.getProperty("db.user", System.getenv().getOrDefault("TEST_MYSQL_USER", "shuanglian"));
  }

  /** The database password: {@code -Ddb.password=}, else TEST_MYSQL_PASSWORD (H2: empty, as the application's). */
  static String password() {
    if (!mariaDb()) {
      return System.getProperty("db.password", "");
    }
    return System.getProperty("db.password", System.getenv().getOrDefault("TEST_MYSQL_PASSWORD", ""));
  }

  static ConfigurableApplicationContext start() {
    return start(url(), port());
  }

  /**
   * The application on that database and port, with the demo users (password {@value #DEMO_PASSWORD}) and the
   * job executor off, so nothing runs behind the figures; {@code -Ddb=mariadb} chooses the mysql profile.
   */
  public static ConfigurableApplicationContext start(String url, int port) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", port);
    properties.put("camunda.bpm.job-execution.enabled", false);
    properties.put("spring.datasource.url", url);
    properties.put("shuanglian.demo.enabled", true);
    properties.put("shuanglian.demo.password", DEMO_PASSWORD);
    properties.put("shuanglian.admin.id", "admin");
    properties.put("shuanglian.admin.password", DEMO_PASSWORD);
    // plain HTTP on localhost: the webapps' cookies must not be marked Secure
    properties.put("server.servlet.session.cookie.secure", false);
    properties.put("camunda.bpm.webapp.session-cookie.enable-secure-cookie", false);
    properties.put("camunda.bpm.webapp.csrf.enable-secure-cookie", false);
    properties.put("logging.level.root", "WARN");
    properties.put("spring.main.banner-mode", "off");
    // -Dapp.<property>=<value> passes any application property, e.g. a logger's level
    System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("app."))
        .forEach(n -> properties.put(n.substring(4), System.getProperty(n)));
    if (mariaDb()) {
      properties.put("spring.datasource.username", user());
      properties.put("spring.datasource.password", password());
    }
    // as command-line arguments: they win over application*.yaml (default properties would not)
    String[] args = properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    return new SpringApplicationBuilder(ShuanglianApplication.class).profiles(mariaDb() ? "mysql" : "demo").run(args);
  }
}
