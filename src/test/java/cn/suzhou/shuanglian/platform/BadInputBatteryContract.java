package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The bad-input battery: at least 150 requests a careless integrator, a confused user or an
 * attacker would send to {@code /api} and to the starts and completions of {@code /engine-rest} —
 * identifiers with a wrong check character, lower case, the letters I O S V Z, full-width digits or
 * spaces; resident IDs with an impossible date, the 15-digit form or a lower-case x; mobile numbers
 * of the wrong length or with +86; over-long texts; 生僻字 of CJK Extensions B–G and emoji (stored
 * and read back where text is allowed); markup and SQL-looking text (stored verbatim); numbers out
 * of range, 1.5 for whole numbers, text for numbers, wrong types; missing and extra fields; empty,
 * malformed and 5 MB bodies; wrong content types; query and path parameters of the wrong type; a
 * policy-breaking password by an unauthorized and by an authorized caller. Each case checks the
 * status, the field named in {@code errors[].field} (the request's own name), the language of the
 * message (run with {@code Accept-Language: zh} and {@code en}: Chinese under zh, none under en) and
 * that nothing was written — the row count of every domain table and of the engine's instances,
 * tasks and users before and after (or exactly the rows expected, for text that must be accepted).
 * Cases: {@link BadInputCases}. On H2 ({@link BadInputBatteryOnH2Test}) and MariaDB
 * ({@link BadInputBatteryOnMariaDbTest}); prints {@code BATTERY <db>: N cases, all clean}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"camunda.bpm.job-execution.enabled=false", "shuanglian.round.rounds-ahead=2"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BadInputBatteryContract {

  /** Han characters (CJK Unified Ideographs and their extensions, compatibility ideographs). */
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** What an error body must never show. */
  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|java\\.|org\\.(camunda|springframework|hibernate)|\\bSQL\\b|SELECT |INSERT |\\.java:"
          + "|\\bat [a-z]+(\\.[a-zA-Z_$]+){2,}\\(");
  /**
   * Whether {@code /engine-rest} answers problem+json without internals (the lead's "One error format");
   * until then its cases check status, fields and language in Camunda's shape.
   */
  static final boolean ENGINE_REST_PROBLEM_JSON = true;
  /** Engine tables whose rows a refused start or completion would leave: instances, tasks, variables, users. */
  private static final List<String> ENGINE_TABLES = List.of("ACT_RU_EXECUTION", "ACT_RU_TASK", "ACT_RU_VARIABLE",
      "ACT_HI_PROCINST", "ACT_HI_TASKINST", "ACT_ID_USER", "ACT_ID_MEMBERSHIP", "ACT_RU_JOB");

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired DataSource dataSource;
  @Autowired JdbcTemplate jdbc;
  @Autowired ObjectMapper json;

  private BadInputCases.Fixture fixture;
  private List<String> tables;
  private final AtomicInteger ran = new AtomicInteger();
  private final AtomicInteger clean = new AtomicInteger();
  private final List<String> failed = new ArrayList<>();

  /** The database's name in the summary line. */
  abstract String db();

  Stream<Arguments> cases() {
    if (fixture == null) {
      fixture = new BadInputCases.Fixture(context, rest);
      tables = countedTables();
    }
    List<BadInputCases.Case> all = BadInputCases.all(fixture);
    return all.stream().map(c -> Arguments.of(c.name(), c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void battery(String name, BadInputCases.Case c) throws Exception {
    ran.incrementAndGet();
    try {
      for (String language : c.languages()) {
        check(c, language);
      }
      clean.incrementAndGet();
    } catch (AssertionError | RuntimeException e) {
      failed.add(name);
      throw e;
    }
  }

  @AfterAll
  void summary() {
    if (failed.isEmpty() && ran.get() > 0) {
      System.out.printf("BATTERY %s: %d cases, all clean%n", db(), ran.get());
    } else {
      System.out.printf("BATTERY %s: %d cases, %d clean, failed: %s%n", db(), ran.get(), clean.get(), failed);
    }
    assertThat(ran.get()).as("cases run").isGreaterThanOrEqualTo(150);
  }

  private void check(BadInputCases.Case c, String language) throws Exception {
    BadInputCases.Request request = c.request().apply(fixture);
    Map<String, Long> before = counts();
    ResponseEntity<String> response = send(request, language);
    Map<String, Long> after = counts();
    String body = response.getBody() == null ? "" : response.getBody();
    String where = c.name() + " [" + language + "] " + request.method() + " " + request.path() + " → "
        + response.getStatusCode().value() + " " + abbreviate(body);

    assertThat(response.getStatusCode().value()).as("status of %s", where).isEqualTo(c.status());

    if (c.status() >= 400) {
      assertThat(body).as("an error body: %s", where).isNotBlank();
      boolean api = request.path().startsWith("/api");
      if (api || ENGINE_REST_PROBLEM_JSON) {
        assertThat(INTERNALS.matcher(body).find()).as("internals in %s", where).isFalse();
      }
      JsonNode problem = json.readTree(body);
      assertThat(problem.isObject()).as("a JSON error object: %s", where).isTrue();
      String contentType = String.valueOf(response.getHeaders().getContentType());
      if (api || ENGINE_REST_PROBLEM_JSON) {
        assertThat(contentType).as("problem+json: %s", where).startsWith("application/problem+json");
      } else {
        assertThat(contentType).as("JSON: %s", where).contains("json");
      }
      Set<String> fields = new LinkedHashSet<>();
      problem.path("errors").forEach(e -> fields.add(e.path("field").asText()));
      if (c.fields().isEmpty()) {
        assertThat(fields).as("no field at fault: %s", where).isEmpty();
      } else {
        assertThat(fields).as("fields named: %s", where).containsExactlyInAnyOrderElementsOf(c.fields());
      }
      String text = messageText(problem);
      assertThat(text).as("a message: %s", where).isNotBlank();
      if (language.startsWith("zh")) {
        assertThat(HAN.matcher(text).find()).as("Chinese under zh: %s", where).isTrue();
      } else {
        String foreign = withoutQuotedInput(text, request);
        assertThat(HAN.matcher(foreign).find()).as("no Chinese under en (%s): %s", foreign, where).isFalse();
      }
    }

    Map<String, Long> expected = new TreeMap<>(before);
    c.writes().forEach((table, rows) -> expected.merge(table, rows, Long::sum));
    assertThat(new TreeMap<>(after)).as("rows written by %s", where).isEqualTo(expected);
    if (c.readBack() != null) {
      c.readBack().accept(fixture, response);
    }
  }

  private ResponseEntity<String> send(BadInputCases.Request request, String language) {
    HttpHeaders headers = new HttpHeaders();
    if (request.contentType() != null) {
      headers.set(HttpHeaders.CONTENT_TYPE, request.contentType());
    }
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    headers.set(HttpHeaders.ACCEPT, "application/json, application/problem+json");
    Object body = request.body();
    if (body != null && !(body instanceof String) && !(body instanceof byte[])) {
      try {
        body = json.writeValueAsString(body);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
    }
    TestRestTemplate client = request.user() == null ? rest : rest.withBasicAuth(request.user(), request.password());
    return client.exchange(request.path(), request.method(), new HttpEntity<>(body, headers), String.class);
  }

  /** The message of an error body: problem+json's detail, Camunda's message, and every field's message. */
  private static String messageText(JsonNode problem) {
    StringBuilder text = new StringBuilder();
    text.append(problem.path("detail").asText("")).append(' ').append(problem.path("message").asText(""));
    problem.path("errors").forEach(e -> text.append(' ').append(e.path("message").asText("")));
    return text.toString().strip();
  }

  /** The message without what the request itself sent (a refusal may quote a 生僻字 name back) and the fixture's names. */
  private String withoutQuotedInput(String text, BadInputCases.Request request) {
    List<String> quoted = new ArrayList<>();
    collectStrings(request.body(), quoted);
    quoted.add(java.net.URLDecoder.decode(request.path(), java.nio.charset.StandardCharsets.UTF_8));
    quoted.addAll(fixture.names());
    quoted.sort((a, b) -> b.length() - a.length());
    String rest = text;
    for (String q : quoted) {
      if (!q.isEmpty()) {
        rest = rest.replace(q, "");
        // a refusal quotes at most the first 40 characters of a long value
        rest = rest.replace(q.codePointCount(0, q.length()) > 40 ? q.substring(0, q.offsetByCodePoints(0, 40)) : q, "");
      }
    }
    return rest;
  }

  private void collectStrings(Object body, List<String> out) {
    try {
      JsonNode node = body == null ? null : body instanceof String s ? json.readTree(s)
          : body instanceof byte[] ? null : json.valueToTree(body);
      if (node != null) {
        collect(node, out);
      }
    } catch (Exception notJson) {
      if (body instanceof String s) {
        out.add(s);
      }
    }
  }

  private static void collect(JsonNode node, List<String> out) {
    if (node.isTextual()) {
      out.add(node.asText());
    } else if (node.isNumber() || node.isBoolean()) {
      out.add(node.asText());
    }
    node.fields().forEachRemaining(e -> collect(e.getValue(), out));
    if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }

  private static String abbreviate(String body) {
    return body.length() > 600 ? body.substring(0, 600) + "…" : body;
  }

  /** Every domain table (Flyway's) and the engine's instance, task, variable, user and job tables. */
  private List<String> countedTables() {
    List<String> found = new ArrayList<>();
    try (Connection connection = dataSource.getConnection()) {
      DatabaseMetaData meta = connection.getMetaData();
      try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          String table = rs.getString("TABLE_NAME");
          String upper = table.toUpperCase(java.util.Locale.ROOT);
          if (!upper.startsWith("ACT_") && !upper.startsWith("SHUANGLIAN_SCHEMA_HISTORY")
              && !upper.startsWith("FLYWAY")) {
            found.add(table);
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
    assertThat(found).as("domain tables").hasSizeGreaterThan(30);
    found.addAll(ENGINE_TABLES);
    return found;
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String table : tables) {
      counts.put(table.toLowerCase(java.util.Locale.ROOT), jdbc.queryForObject("select count(*) from " + table, Long.class));
    }
    return counts;
  }
}
