package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.web.Messages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The lock-out policy's bookkeeping and what the locked user is told.
 *
 * <p>The lock itself is Camunda's: {@code ACT_ID_USER.ATTEMPTS_} counts the failures in a row and
 * {@code LOCK_EXP_TIME_} is when the account takes logins again; {@link CacheEvictingIdentityProvider}
 * decides both by {@link LockoutProperties}, so the state is in the database and every node obeys
 * it. This class writes the audit ({@link LoginLockEvent}) in the transaction that changed the lock,
 * hands a refusal to the current HTTP request (the webapps' login and HTTP Basic answer it with the
 * lock's end and {@code Retry-After}), and lists current locks for administrators.
 */
@Component
public class LoginLockout {

  /** Request attribute holding the {@link LockRefusal} of the login attempted in this request. */
  public static final String REFUSAL_ATTRIBUTE = LoginLockout.class.getName() + ".refusal";
  public static final String PROBLEM_TYPE = "urn:shuanglian:problem:account-locked";

  private static final Logger LOG = LoggerFactory.getLogger(LoginLockout.class);

  private final LockoutProperties policy;
  private final LoginLockEventRepository events;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final Messages messages;
  private final ObjectMapper json;

  public LoginLockout(LockoutProperties policy, LoginLockEventRepository events, JdbcTemplate jdbc,
      PlatformTransactionManager transactionManager, Messages messages, ObjectMapper json) {
    this.policy = policy;
    this.events = events;
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactionManager);
    this.messages = messages;
    this.json = json;
  }

  public LockoutProperties policy() {
    return policy;
  }

  // --- audit, written inside the engine command that changes the lock -------------------------------

  void locked(String userId, int failures, Instant until) {
    LOG.warn("login of user {} locked until {} after {} failed attempts in a row", userId, until, failures);
    events.save(new LoginLockEvent(userId, LoginLockEvent.Kind.LOCKED, EngineClock.now(), until, failures, null,
        EngineClock.now()));
  }

  void expired(String userId, Instant until, int failures) {
    LOG.info("login lock of user {} ended by itself at {}", userId, until);
    events.save(new LoginLockEvent(userId, LoginLockEvent.Kind.EXPIRED, until, until, failures, null,
        EngineClock.now()));
  }

  void lifted(String userId, String administrator, Instant until, int failures) {
    LOG.info("login lock of user {} (until {}) lifted by {}", userId, until, administrator);
    events.save(new LoginLockEvent(userId, LoginLockEvent.Kind.LIFTED, EngineClock.now(), until, failures,
        administrator, EngineClock.now()));
  }

  /** Tells the current HTTP request, if any, that its login was refused because of a lock. */
  void refuse(LockRefusal refusal) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REFUSAL_ATTRIBUTE, refusal, RequestAttributes.SCOPE_REQUEST);
    }
  }

  public static Optional<LockRefusal> refusalOf(HttpServletRequest request) {
    return request.getAttribute(REFUSAL_ATTRIBUTE) instanceof LockRefusal refusal
        ? Optional.of(refusal) : Optional.empty();
  }

  // --- what the user is told -------------------------------------------------------------------------

  /**
   * Answers a refused login: 401 problem+json of type {@value #PROBLEM_TYPE} saying until when, in the
   * caller's language, and {@code Retry-After} in seconds. {@code withMessage} adds the same text as
   * {@code message}, the member the Camunda webapps' login page shows.
   */
  public void writeRefusal(HttpServletResponse response, LockRefusal refusal, boolean withMessage) throws IOException {
    Instant now = EngineClock.now();
    String detail = detail(refusal, now);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", PROBLEM_TYPE);
    body.put("title", messages.get(refusal.kind() == LockRefusal.Kind.LOCKED ? "lockout.title" : "lockout.throttled.title"));
    body.put("status", HttpServletResponse.SC_UNAUTHORIZED);
    body.put("detail", detail);
    body.put("lockedUntil", refusal.until().truncatedTo(ChronoUnit.SECONDS).toString());
    if (withMessage) {
      body.put("message", detail);
    }
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds(now)));
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    try {
      response.getWriter().write(json.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  String detail(LockRefusal refusal, Instant now) {
    if (refusal.kind() == LockRefusal.Kind.THROTTLED) {
      return messages.get("lockout.throttled", refusal.retryAfterSeconds(now));
    }
    return messages.get("lockout.locked", policy.maxFailures(), localTime(refusal.until()));
  }

  /** The lock's end in Suzhou, to the minute, rounded up (the account is free at the time shown). */
  String localTime(Instant until) {
    Instant minute = until.truncatedTo(ChronoUnit.MINUTES);
    if (minute.isBefore(until)) {
      minute = minute.plus(1, ChronoUnit.MINUTES);
    }
    return DateTimeFormatter.ofPattern(messages.get("lockout.timeFormat"), Messages.currentLocale())
        .format(ZonedDateTime.ofInstant(minute, EngineClock.ZONE));
  }

  // --- administrators' view --------------------------------------------------------------------------

  /** Accounts locked now (not the short waits between attempts), the soonest to end first. */
  public List<CurrentLock> currentLocks() {
    recordExpiredLocks();
    return jdbc.query("select ID_, FIRST_, LAST_, ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER "
            + "where ATTEMPTS_ >= ? and LOCK_EXP_TIME_ > ? order by LOCK_EXP_TIME_, ID_",
        (rs, i) -> new CurrentLock(rs.getString("ID_"), rs.getString("FIRST_"), rs.getString("LAST_"),
            rs.getInt("ATTEMPTS_"), rs.getTimestamp("LOCK_EXP_TIME_").toInstant()),
        policy.maxFailures(), Timestamp.from(EngineClock.now()));
  }

  /**
   * Writes the EXPIRED entry of every lock that has run out unnoticed (no login tried since) and
   * resets its count, so that the audit is complete whenever an administrator reads it. Each reset is
   * conditional on the row's revision: of two nodes noticing the same expiry, one writes it.
   */
  public int recordExpiredLocks() {
    Integer recorded = transaction.execute(status -> {
      List<Object[]> lapsed = jdbc.query("select ID_, REV_, ATTEMPTS_, LOCK_EXP_TIME_ from ACT_ID_USER "
              + "where ATTEMPTS_ >= ? and LOCK_EXP_TIME_ <= ?",
          (rs, i) -> new Object[] {rs.getString("ID_"), rs.getInt("REV_"), rs.getInt("ATTEMPTS_"),
              rs.getTimestamp("LOCK_EXP_TIME_").toInstant()},
          policy.maxFailures(), Timestamp.from(EngineClock.now()));
      int count = 0;
      for (Object[] row : lapsed) {
        int revision = (Integer) row[1];
        if (jdbc.update("update ACT_ID_USER set ATTEMPTS_ = 0, LOCK_EXP_TIME_ = null, REV_ = ? "
            + "where ID_ = ? and REV_ = ?", revision + 1, row[0], revision) == 1) {
          expired((String) row[0], (Instant) row[3], (Integer) row[2]);
          count++;
        }
      }
      return count;
    });
    return recorded == null ? 0 : recorded;
  }

  /** A locked account as an administrator sees it. */
  public record CurrentLock(String userId, String firstName, String lastName, int failedAttempts, Instant lockedUntil) {}
}
