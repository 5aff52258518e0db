package cn.suzhou.shuanglian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The bounded lock-out through the real entry points — HTTP Basic on {@code /api} and the webapps'
 * login — with the engine clock moved instead of waiting: growing waits between attempts, the 10th
 * failure locks for 15 minutes, the right password is refused during the lock with the lock's end in
 * Chinese or English and {@code Retry-After}, the lock ends by itself, administrators (only) list and
 * lift locks, and every lock, expiry and lift is audited. Run on H2 ({@link LockoutOnH2Test}) and on
 * MariaDB through Connector/J ({@link LockoutOnMariaDbTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class LockoutContract {

  static final String ADMIN = "test-admin";
  static final String ADMIN_PASSWORD = "Admin#Test2025";
  static final String WRONG = "Wrong#Pass2025";
  static final String LOCKED_TYPE = "urn:shuanglian:problem:account-locked";
  /** The 10th failure falls at 2026-12-04 21:30 in Suzhou: the lock ends at 21:45. */
  static final Instant FIRST_FAILURE = Instant.parse("2026-12-04T13:20:51Z");
  static final Duration BETWEEN_ATTEMPTS = Duration.ofSeconds(61);  // longer than the longest wait
  static final Instant TENTH_FAILURE = FIRST_FAILURE.plus(BETWEEN_ATTEMPTS.multipliedBy(9));
  static final Instant LOCK_END = TENTH_FAILURE.plus(Duration.ofMinutes(15));

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @Autowired IdentityService identityService;
  @Autowired ObjectMapper json;

  TestData data;

  @BeforeEach
  void fixtures() {
    data = new TestData(context);
    assertThat(TENTH_FAILURE).isEqualTo(Instant.parse("2026-12-04T13:30:00Z"));
  }

  @AfterEach
  void realClock() {
    ClockUtil.reset();
  }

  static void at(Instant instant) {
    ClockUtil.setCurrentTime(Date.from(instant));
  }

  ResponseEntity<String> basic(String user, String password, String language) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    if (language != null) {
      headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    }
    return rest.exchange("/api/districts", HttpMethod.GET, new HttpEntity<>(headers), String.class);
  }

  ResponseEntity<String> asAdmin(HttpMethod method, String path) {
    return as(ADMIN, ADMIN_PASSWORD, method, path);
  }

  ResponseEntity<String> as(String user, String password, HttpMethod method, String path) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    return rest.exchange(path, method, new HttpEntity<>(headers), String.class);
  }

  /** A login through the webapps, as the login page posts it (session cookie and CSRF token). */
  ResponseEntity<String> webLogin(String user, String password, String language) {
    Map<String, String> cookies = new LinkedHashMap<>();
    keep(cookies, rest.getForEntity("/camunda/app/tasklist/default/", String.class));
    HttpHeaders headers = new HttpHeaders();
    List<String> pairs = new ArrayList<>();
    cookies.forEach((k, v) -> pairs.add(k + "=" + v));
    headers.set(HttpHeaders.COOKIE, String.join("; ", pairs));
    headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, language);
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    return rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
  }

  private static void keep(Map<String, String> cookies, ResponseEntity<?> response) {
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }

  Map<String, Object> body(ResponseEntity<String> response) {
    try {
      return json.readValue(response.getBody(), new TypeReference<>() {});
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + response.getBody(), e);
    }
  }

  List<Map<String, Object>> list(ResponseEntity<String> response) {
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    try {
      return json.readValue(response.getBody(), new TypeReference<>() {});
    } catch (Exception e) {
      throw new AssertionError("not a JSON list: " + response.getBody(), e);
    }
  }

  /** Ten wrong passwords over HTTP Basic, each after the previous wait; the last one locks. */
  ResponseEntity<String> lockOverRest(String user) {
    return failuresOverRest(user, 0);
  }

  /** Wrong passwords number {@code from + 1} to 10, each after the previous wait. */
  ResponseEntity<String> failuresOverRest(String user, int from) {
    ResponseEntity<String> last = null;
    for (int i = from; i < 10; i++) {
      at(FIRST_FAILURE.plus(BETWEEN_ATTEMPTS.multipliedBy(i)));
      last = basic(user, WRONG, null);
      assertThat(last.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    return last;
  }

  void assertLockedProblem(ResponseEntity<String> response, long retryAfter) {
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(response.getHeaders().getContentType()).isNotNull();
    assertThat(response.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
        .as("%s", response.getHeaders().getContentType()).isTrue();
    assertThat(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(Long.toString(retryAfter));
    Map<String, Object> problem = body(response);
    assertThat(problem).containsEntry("type", LOCKED_TYPE).containsEntry("status", 401)
        .containsEntry("lockedUntil", LOCK_END.toString());
  }

  List<Map<String, Object>> auditOf(String user) {
    return list(asAdmin(HttpMethod.GET, "/api/account-locks/events?userId=" + user));
  }

  @Test
  @DisplayName("REST: growing waits, the 10th failure locks; the right password is refused with the end in Chinese and English and Retry-After")
  void tenFailuresLockOverRest() {
    String user = data.cityOfficial();

    at(FIRST_FAILURE);
    ResponseEntity<String> first = basic(user, WRONG, null);
    assertThat(first.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(body(first).get("type")).as("a wrong password is no lock").isNotEqualTo(LOCKED_TYPE);

    // within the 3 s wait even the right password is refused, saying how long to wait; it does not count
    at(FIRST_FAILURE.plusSeconds(1));
    ResponseEntity<String> waiting = basic(user, TestData.PASSWORD, null);
    assertThat(waiting.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(waiting.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("2");
    assertThat(body(waiting)).containsEntry("type", LOCKED_TYPE).containsEntry("title", "登录尝试过于频繁");
    assertThat((String) body(waiting).get("detail")).contains("2 秒");

    ResponseEntity<String> tenth = failuresOverRest(user, 1);
    assertLockedProblem(tenth, 900);
    System.out.printf("lock-out over REST: 10th failure at %s -> 401 %s, Retry-After %s%n", TENTH_FAILURE,
        body(tenth).get("type"), tenth.getHeaders().getFirst(HttpHeaders.RETRY_AFTER));

    // the 11th attempt, with the RIGHT password, five seconds later
    at(TENTH_FAILURE.plusSeconds(5));
    ResponseEntity<String> zh = basic(user, TestData.PASSWORD, "zh-CN");
    assertLockedProblem(zh, 895);
    assertThat(body(zh)).containsEntry("title", "账号已临时锁定");
    assertThat((String) body(zh).get("detail")).contains("临时锁定").contains("连续 10 次")
        .contains("2026年12月4日 21:45").contains("自动解锁");
    System.out.println("lock-out message (zh): " + body(zh).get("detail"));

    ResponseEntity<String> en = basic(user, TestData.PASSWORD, "en");
    assertLockedProblem(en, 895);
    assertThat(body(en)).containsEntry("title", "Account temporarily locked");
    assertThat((String) body(en).get("detail")).contains("temporarily locked").contains("4 Dec 2026, 21:45")
        .contains("unlocks by itself");
    System.out.println("lock-out message (en): " + body(en).get("detail"));

    // a wrong password during the lock does not extend it: the end stays 21:45
    at(TENTH_FAILURE.plus(Duration.ofMinutes(10)));
    assertLockedProblem(basic(user, WRONG, null), 300);
    at(TENTH_FAILURE.plus(Duration.ofMinutes(14)));
    assertLockedProblem(basic(user, TestData.PASSWORD, null), 60);

    // the engine API is locked alike
    ResponseEntity<String> engine = rest.exchange("/engine-rest/task", HttpMethod.GET,
        new HttpEntity<>(basicHeaders(user, TestData.PASSWORD)), String.class);
    assertLockedProblem(engine, 60);

    List<Map<String, Object>> audit = auditOf(user);
    assertThat(audit).singleElement().satisfies(e -> {
      assertThat(e).containsEntry("event", "LOCKED").containsEntry("failedAttempts", 10)
          .containsEntry("lockedUntil", LOCK_END.toString()).containsEntry("occurredAt", TENTH_FAILURE.toString());
      assertThat(e.get("liftedBy")).isNull();
      assertThat(e.toString()).doesNotContain(WRONG).doesNotContain(TestData.PASSWORD);
    });
  }

  static HttpHeaders basicHeaders(String user, String password) {
    HttpHeaders headers = new HttpHeaders();
    headers.setBasicAuth(user, password);
    return headers;
  }

  @Test
  @DisplayName("the lock ends by itself at its end (engine clock moved, no waiting), is audited EXPIRED, and the count starts again")
  void lockEndsByItself() {
    String user = data.cityOfficial();
    lockOverRest(user);

    at(LOCK_END.minusSeconds(1));
    assertLockedProblem(basic(user, TestData.PASSWORD, null), 1);

    at(LOCK_END.plusSeconds(1));
    ResponseEntity<String> after = basic(user, TestData.PASSWORD, null);
    assertThat(after.getStatusCode()).isEqualTo(HttpStatus.OK);
    System.out.printf("lock-out: locked until %s; right password at %s -> %s%n", LOCK_END, LOCK_END.plusSeconds(1),
        after.getStatusCode().value());

    List<Map<String, Object>> audit = auditOf(user);
    assertThat(audit).extracting(e -> e.get("event")).containsExactly("EXPIRED", "LOCKED");
    assertThat(audit.get(0)).containsEntry("occurredAt", LOCK_END.toString())
        .containsEntry("lockedUntil", LOCK_END.toString());

    // one more failure is a short wait again, not a new 15-minute lock
    at(LOCK_END.plusSeconds(10));
    ResponseEntity<String> wrong = basic(user, WRONG, null);
    assertThat(body(wrong).get("type")).isNotEqualTo(LOCKED_TYPE);
    at(LOCK_END.plusSeconds(20));
    assertThat(basic(user, TestData.PASSWORD, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list(asAdmin(HttpMethod.GET, "/api/account-locks"))).noneMatch(l -> user.equals(l.get("userId")));
  }

  @Test
  @DisplayName("a lock that runs out while nobody logs in is audited EXPIRED when an administrator reads the audit")
  void unnoticedExpiryIsAudited() {
    String user = data.cityOfficial();
    lockOverRest(user);
    at(LOCK_END.plus(Duration.ofHours(2)));
    List<Map<String, Object>> audit = auditOf(user);
    assertThat(audit).extracting(e -> e.get("event")).containsExactly("EXPIRED", "LOCKED");
    assertThat(audit.get(0)).containsEntry("occurredAt", LOCK_END.toString());
    User entity = identityService.createUserQuery().userId(user).singleResult();
    assertThat(((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) entity).getAttempts()).isZero();
    assertThat(auditOf(user)).as("recorded once").hasSize(2);
  }

  @Test
  @DisplayName("web login: 10 failures lock; the right password then gets 401 with the Chinese message the login page shows (whatever the browser's language), and Retry-After")
  void webLoginTellsTheLock() {
    String user = data.cityOfficial();
    for (int i = 0; i < 10; i++) {
      at(FIRST_FAILURE.plus(BETWEEN_ATTEMPTS.multipliedBy(i)));
      ResponseEntity<String> failed = webLogin(user, WRONG, "zh-CN");
      assertThat(failed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    at(TENTH_FAILURE.plusSeconds(30));
    ResponseEntity<String> zh = webLogin(user, TestData.PASSWORD, "zh-CN,zh;q=0.9");
    assertLockedProblem(zh, 870);
    assertThat((String) body(zh).get("message")).as("what the login page shows")
        .isEqualTo(body(zh).get("detail")).contains("临时锁定").contains("2026年12月4日 21:45");
    System.out.println("web login, locked (zh): " + body(zh).get("message"));

    // officials read Chinese whatever the browser's language: the webapps' own API is always Chinese
    ResponseEntity<String> en = webLogin(user, TestData.PASSWORD, "en-US,en;q=0.9");
    assertLockedProblem(en, 870);
    assertThat((String) body(en).get("message")).contains("临时锁定").contains("2026年12月4日 21:45")
        .doesNotContain("locked");

    // the lock is the account's: HTTP Basic is refused too
    assertLockedProblem(basic(user, TestData.PASSWORD, null), 870);
    // a wrong password that is no lock keeps Camunda's empty 401
    String other = data.cityOfficial();
    at(TENTH_FAILURE.plusSeconds(40));
    ResponseEntity<String> plain = webLogin(other, WRONG, "zh-CN");
    assertThat(plain.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(plain.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isNull();
    assertThat(plain.getBody() == null ? "" : plain.getBody()).doesNotContain(LOCKED_TYPE);

    at(LOCK_END.plusSeconds(1));
    assertThat(webLogin(user, TestData.PASSWORD, "zh-CN").getStatusCode()).isEqualTo(HttpStatus.OK);
  }

  @Test
  @DisplayName("an administrator lists and lifts a lock (audited with who and when); a non-administrator gets 403 and the lock stays")
  void administratorLiftsLock() {
    String user = data.cityOfficial();
    String official = data.cityOfficial();
    lockOverRest(user);
    at(TENTH_FAILURE.plus(Duration.ofMinutes(2)));

    List<Map<String, Object>> locks = list(asAdmin(HttpMethod.GET, "/api/account-locks"));
    assertThat(locks).filteredOn(l -> user.equals(l.get("userId"))).singleElement().satisfies(l -> {
      assertThat(l).containsEntry("lockedUntil", LOCK_END.toString()).containsEntry("failedAttempts", 10)
          .containsEntry("retryAfterSeconds", 780);
    });

    for (HttpMethod method : List.of(HttpMethod.GET, HttpMethod.DELETE)) {
      String path = method == HttpMethod.GET ? "/api/account-locks" : "/api/account-locks/" + user;
      ResponseEntity<String> refused = as(official, TestData.PASSWORD, method, path);
      assertThat(refused.getStatusCode()).as("%s %s by a city official", method, path).isEqualTo(HttpStatus.FORBIDDEN);
      assertThat(body(refused)).containsEntry("status", 403);
    }
    assertThat(as(official, TestData.PASSWORD, HttpMethod.GET, "/api/account-locks/events").getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertLockedProblem(basic(user, TestData.PASSWORD, null), 780);

    assertThat(asAdmin(HttpMethod.DELETE, "/api/account-locks/nobody.here").getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(asAdmin(HttpMethod.GET, "/api/account-locks/events?limit=0").getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);

    ResponseEntity<String> lifted = asAdmin(HttpMethod.DELETE, "/api/account-locks/" + user);
    assertThat(lifted.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(basic(user, TestData.PASSWORD, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(list(asAdmin(HttpMethod.GET, "/api/account-locks"))).noneMatch(l -> user.equals(l.get("userId")));

    List<Map<String, Object>> audit = auditOf(user);
    assertThat(audit).extracting(e -> e.get("event")).containsExactly("LIFTED", "LOCKED");
    assertThat(audit.get(0)).containsEntry("liftedBy", ADMIN)
        .containsEntry("occurredAt", TENTH_FAILURE.plus(Duration.ofMinutes(2)).toString())
        .containsEntry("lockedUntil", LOCK_END.toString());
    System.out.println("lock-out audit after lifting: " + audit);
  }

  @Test
  @DisplayName("20 simultaneous wrong passwords are one checked guess: the others wait their turn and meet the wait it set")
  void parallelGuessesAreThrottled() throws Exception {
    String user = data.cityOfficial();
    at(FIRST_FAILURE);
    int parallel = 20;
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
    java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
    List<java.util.concurrent.Future<ResponseEntity<String>>> calls = new ArrayList<>();
    try {
      for (int i = 0; i < parallel; i++) {
        calls.add(pool.submit(() -> {
          start.await();
          return basic(user, WRONG, null);
        }));
      }
      start.countDown();
      int checked = 0;
      int throttled = 0;
      for (java.util.concurrent.Future<ResponseEntity<String>> call : calls) {
        ResponseEntity<String> response = call.get(120, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        if (LOCKED_TYPE.equals(body(response).get("type"))) {
          throttled++;
        } else {
          checked++;
        }
      }
      System.out.printf("lock-out: %d simultaneous wrong passwords -> %d checked, %d refused by the wait it set%n",
          parallel, checked, throttled);
      assertThat(checked).isEqualTo(1);
      assertThat(throttled).isEqualTo(parallel - 1);
    } finally {
      pool.shutdownNow();
    }
    User entity = identityService.createUserQuery().userId(user).singleResult();
    assertThat(((org.camunda.bpm.engine.impl.persistence.entity.UserEntity) entity).getAttempts()).isEqualTo(1);
  }

  @Test
  @DisplayName("the administrators' endpoints are in the OpenAPI document")
  void documentedInOpenApi() {
    ResponseEntity<String> doc = rest.getForEntity("/v3/api-docs", String.class);
    assertThat(doc.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(doc.getBody()).contains("\"/api/account-locks\"", "\"/api/account-locks/{userId}\"",
        "\"/api/account-locks/events\"", "camunda-admin");
  }

  @Test
  @DisplayName("Camunda's own \"unlock user\" (Camunda Admin's button, engine REST) lifts a lock and is audited")
  void camundaUnlockLiftsLock() {
    String user = data.cityOfficial();
    lockOverRest(user);
    at(TENTH_FAILURE.plus(Duration.ofMinutes(1)));
    assertThat(as(data.cityOfficial(), TestData.PASSWORD, HttpMethod.POST, "/engine-rest/user/" + user + "/unlock")
        .getStatusCode()).as("not for officials").isEqualTo(HttpStatus.FORBIDDEN);
    ResponseEntity<String> unlocked = asAdmin(HttpMethod.POST, "/engine-rest/user/" + user + "/unlock");
    assertThat(unlocked.getStatusCode()).as(unlocked.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(basic(user, TestData.PASSWORD, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(auditOf(user)).extracting(e -> e.get("event"), e -> e.get("liftedBy"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("LIFTED", ADMIN),
            org.assertj.core.groups.Tuple.tuple("LOCKED", null));
  }
}
