package cn.suzhou.shuanglian.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One application node in a JVM of its own, as an operator runs it (README "Running on MySQL",
 * "Two nodes"): main class {@code ShuanglianApplication}, the test's class path without the test
 * classes (their {@code @TestConfiguration} classes and test endpoints would be picked up by the
 * application's component scan) and without the working directory (from there
 * {@code processes/*.bpmn} would be found a second time), profile {@code mysql}, the database of
 * {@code TEST_MYSQL_URL}/{@code _USER}/{@code _PASSWORD} given as {@code SHUANGLIAN_DB_*}, the
 * administrator as {@code SHUANGLIAN_ADMIN_*}, a free port, its output in a log file.
 *
 * <p>{@link Builder#start()} returns once the node gives its first authenticated answer
 * ({@code GET /api/districts} as the administrator → 200) and keeps that time
 * ({@link #startupSeconds()}); a node that exits or does not answer in time fails the test with the
 * end of its log (and is killed); {@link #awaitHealthy} waits for {@code /actuator/health} UP.
 * {@link #stop()} sends SIGTERM (the graceful shutdown, SIGKILL
 * after 40 s), {@link #kill()} SIGKILL ({@code kill -9}), {@link #signal} STOP/CONT.
 * Used by {@code CrashOnMariaDbTest} and {@code TwoNodesOnMariaDbTest}.
 */
public final class AppNode implements AutoCloseable {

  public static final String ADMIN = env("SHUANGLIAN_ADMIN_ID", "test-admin");
  public static final String ADMIN_PASSWORD = env("SHUANGLIAN_ADMIN_PASSWORD", "Admin#Test2025");
  private static final String MAIN_CLASS = "cn.suzhou.shuanglian.ShuanglianApplication";
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);
  private static final Duration GRACE = Duration.ofSeconds(40);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;
  private double startupSeconds;

  private AppNode(String name, int port, Process process, Path log) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
  }

  /** A node to be configured and started; its log goes to {@code target/app-nodes/<name>.log} unless told. */
  public static Builder named(String name) {
    return new Builder(name);
  }

  /** How a node is started: JVM options, profiles, properties ({@code --key=value}), its log, how long to wait. */
  public static final class Builder {
    private final String name;
    private final List<String> jvmOptions = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private String profiles = "mysql";
    private Path log;
    private Duration startWithin = Duration.ofSeconds(180);

    private Builder(String name) {
      this.name = name;
      this.log = Path.of("target", "app-nodes", name + ".log");
    }

    public Builder jvm(String... options) {
      jvmOptions.addAll(List.of(options));
      return this;
    }

    public Builder profiles(String activeProfiles) {
      this.profiles = activeProfiles;
      return this;
    }

    /** An application property, given on the command line (it wins over the profiles' files). */
    public Builder property(String key, Object value) {
      properties.put(key, String.valueOf(value));
      return this;
    }

    public Builder log(Path file) {
      this.log = file;
      return this;
    }

    /** The longest wait for the first authenticated answer (180 s unless told). */
    public Builder startWithin(Duration within) {
      this.startWithin = within;
      return this;
    }

    /** Launches the node and waits for its first authenticated answer. */
    public AppNode start() throws IOException, InterruptedException {
      String databaseUrl = System.getenv("TEST_MYSQL_URL");
      if (databaseUrl == null || databaseUrl.isBlank()) {
        throw new IllegalStateException("TEST_MYSQL_URL is not set: an application node needs the MariaDB database");
      }
      int port = freePort();
      Files.createDirectories(log.toAbsolutePath().getParent());
      List<String> command = new ArrayList<>();
      command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
      command.addAll(jvmOptions);
      command.addAll(List.of("-cp", applicationClassPath(), MAIN_CLASS,
          "--server.port=" + port, "--spring.profiles.active=" + profiles));
      properties.forEach((key, value) -> command.add("--" + key + "=" + value));
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
      Map<String, String> env = builder.environment();
      env.put("SHUANGLIAN_DB_URL", databaseUrl);
      env.put("SHUANGLIAN_DB_USER", env("TEST_MYSQL_USER", "shuanglian"));
      env.put("SHUANGLIAN_DB_PASSWORD", env("TEST_MYSQL_PASSWORD", ""));
      env.put("SHUANGLIAN_ADMIN_ID", ADMIN);
      env.put("SHUANGLIAN_ADMIN_PASSWORD", ADMIN_PASSWORD);
      long launched = System.nanoTime();
      AppNode node = new AppNode(name, port, builder.start(), log);
      node.awaitFirstAnswer(launched, startWithin);
      System.out.printf("[node] %s: first authenticated answer %.1f s after launch (port %d, pid %d, log %s)%n",
          name, node.startupSeconds, port, node.pid(), log);
      return node;
    }
  }

  private void awaitFirstAnswer(long launched, Duration within) throws IOException, InterruptedException {
    long deadline = launched + within.toNanos();
    while (true) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + " before answering; log "
            + log.toAbsolutePath() + ":\n" + tail(40));
      }
      try {
        if (call("GET", "/api/districts", ADMIN, ADMIN_PASSWORD, null).statusCode() == 200) {
          startupSeconds = (System.nanoTime() - launched) / 1e9;
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (System.nanoTime() > deadline) {
        process.destroyForcibly().waitFor();
        throw new AssertionError(name + " gave no authenticated answer within " + within + "; log "
            + log.toAbsolutePath() + ":\n" + tail(40));
      }
      Thread.sleep(200);
    }
  }

  /**
   * Waits until {@code /actuator/health} says UP (200): a node answering requests may still report a
   * health check DOWN for a moment on a starved machine (the database ping's 1 s validation timeout).
   */
  public void awaitHealthy(Duration within) throws IOException, InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    int status = 0;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new AssertionError(name + " exited with " + process.exitValue() + "; log " + log.toAbsolutePath()
            + ":\n" + tail(40));
      }
      try {
        status = get("/actuator/health", null).statusCode();
        if (status == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening
      }
      Thread.sleep(500);
    }
    throw new AssertionError(name + " not healthy within " + within + " (last " + status + "); log "
        + log.toAbsolutePath() + ":\n" + tail(40));
  }

  /** This test's class path without the test classes and without the working directory. */
  private static String applicationClassPath() {
    Path workingDirectory = Path.of("").toAbsolutePath().normalize();
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(entry -> !entry.isBlank())
        .filter(entry -> !Path.of(entry).toAbsolutePath().normalize().equals(workingDirectory))
        .filter(entry -> !entry.replace('\\', '/').replaceAll("/$", "").endsWith("test-classes"))
        .collect(Collectors.joining(File.pathSeparator));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  // ---- the node ---------------------------------------------------------------------------------

  public String name() {
    return name;
  }

  public int port() {
    return port;
  }

  public Path log() {
    return log;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** Seconds from the launch to the first authenticated answer. */
  public double startupSeconds() {
    return startupSeconds;
  }

  /** SIGKILL ({@code kill -9}): no shutdown hook runs. Returns the exit code (137). */
  public int kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new AssertionError(name + " still running 30 s after SIGKILL");
    }
    return process.exitValue();
  }

  /** SIGTERM, the graceful shutdown; SIGKILL if the node is still running after 40 s. Returns the exit code. */
  public int stop() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(GRACE.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
    return process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    stop();
  }

  /** {@code kill -STOP} / {@code kill -CONT}: freezes and thaws the node's JVM. */
  public void signal(String signal) throws IOException, InterruptedException {
    new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start().waitFor();
  }

  /** The last lines of the node's log. */
  public String tail(int lines) throws IOException {
    List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
    return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
  }

  // ---- HTTP -------------------------------------------------------------------------------------

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /** Sends the request with a 30 s timeout. */
  public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
    return HTTP.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** GET with the given {@code Authorization} header (none when null). */
  public HttpResponse<String> get(String path, String authorization) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return send(request);
  }

  /** POST of a JSON text with the given {@code Authorization} header. */
  public HttpResponse<String> post(String path, String authorization, String json) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(uri(path)).header("Authorization", authorization)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** A call as {@code user} (HTTP Basic), in Chinese; {@code body} (when not null) sent as JSON. */
  public HttpResponse<String> call(String method, String path, String user, String password, Object body)
      throws IOException, InterruptedException {
    return call(method, path, user, password, body, "zh-CN");
  }

  /** A call as {@code user} (HTTP Basic) in the given {@code Accept-Language}; {@code body} (when not null) as JSON. */
  public HttpResponse<String> call(String method, String path, String user, String password, Object body,
      String language) throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept-Language", language)
        .header("Authorization", basic(user, password));
    if (body == null) {
      request.method(method, HttpRequest.BodyPublishers.noBody());
    } else {
      request.header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
    }
    return send(request);
  }

  /** The {@code Authorization} header of HTTP Basic. */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private static String json(Object body) {
    try {
      return JSON.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }

  static String env(String name, String otherwise) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? otherwise : value;
  }

  @Override
  public String toString() {
    return name + " (port " + port + ", pid " + process.pid() + ")";
  }
}
