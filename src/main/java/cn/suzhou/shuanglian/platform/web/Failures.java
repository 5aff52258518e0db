package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.rules.RuleConstraints;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What went wrong, as a {@link Problem}: one translation of every failure an API request can meet,
 * used by {@code /api} and by the engine's REST resources alike, so the same fault has the same
 * status, type and message on every path. A rule the caller broke names the fields; a lost race
 * (also a claim of a task someone else claimed first) is 409; a finished or unknown record is 404; a
 * real fault is 500 with an error id that the log line carries too, and never its SQL, class names
 * or stack trace.
 */
@Component
public class Failures {

  private static final Logger LOG = LoggerFactory.getLogger(Failures.class);

  /** Texts that must not reach a client: class and package names, SQL, engine codes, stack frames. */
  private static final Pattern INTERNALS = Pattern.compile(
      "(?i)(exception|\\borg\\.|\\bjava\\.|\\bjakarta\\.|\\bcom\\.|\\bselect\\b|\\binsert\\b|\\bupdate\\b.+\\bset\\b|"
          + "\\bdelete from\\b|\\bact_[a-z]{2}_|###|\\bat [a-z]+\\.|\\bdto\\b|Dto\\b|\\bnull\\b)");
  private static final Pattern ENGINE_CODE = Pattern.compile("^(ENGINE|WEBAPPS)-\\d+\\s*");

  private final Problems problems;
  private final Messages messages;

  public Failures(Problems problems, Messages messages) {
    this.problems = problems;
    this.messages = messages;
  }

  public Problem translate(Throwable thrown) {
    if (isUnavailable(thrown)) {
      return unavailable(thrown);
    }
    Optional<ProcessRuleViolation> violation = ProcessRuleViolation.findIn(thrown);
    if (violation.isPresent()) {
      return ruleViolation(violation.get());
    }
    Optional<LocalizedRefusal> refusal = find(thrown, LocalizedRefusal.class);
    if (refusal.isPresent()) {
      return problems.withDetail(ProblemType.FORBIDDEN, refusal.get().getMessage(), List.of());
    }
    if (find(thrown, AuthorizationException.class).isPresent()) {
      return problems.of(ProblemType.FORBIDDEN, "error.forbidden");
    }
    Optional<RuleConstraints.Constraint> heldRule = RuleConstraints.violatedBy(thrown)
        .filter(constraint -> constraint.kind() == RuleConstraints.Kind.RULE);
    if (heldRule.isPresent()) {
      // a unique key of a rule kept another request's record: say which rule (one list: RuleConstraints)
      LOG.info("request lost a race to {}: {}", heldRule.get().name(), rootMessage(thrown));
      return problems.withDetail(ProblemType.RULE_CONFLICT, messages.get("error.ruleConflict",
          messages.get(heldRule.get().messageKey())), List.of());
    }
    if (isLostRace(thrown)) {
      LOG.info("request lost a concurrent change: {}", rootMessage(thrown));
      return problems.of(ProblemType.CONFLICT, "error.conflict");
    }
    if (find(thrown, TaskAlreadyClaimedException.class).isPresent()) {
      // another official claimed the task first (a moment ago, on this node or another): a lost race
      LOG.info("request lost a claim: {}", rootMessage(thrown));
      return problems.of(ProblemType.CONFLICT, "error.task.claimedByOther");
    }
    if (isNotFound(thrown)) {
      return problems.of(ProblemType.NOT_FOUND, "error.engine.notFound");
    }
    Optional<JsonMappingException> mapping = find(thrown, JsonMappingException.class);
    if (mapping.isPresent() && !mapping.get().getPath().isEmpty()) {
      String field = JsonPaths.of(mapping.get());
      return problems.withDetail(ProblemType.VALIDATION, messages.get("error.validation",
          messages.get("error.field.type", field)), List.of(new FieldProblem(field, messages.get("error.field.type", field))));
    }
    if (find(thrown, JsonProcessingException.class).isPresent()) {
      return problems.of(ProblemType.UNREADABLE, "error.unreadable.json");
    }
    Optional<jakarta.ws.rs.WebApplicationException> web = find(thrown, jakarta.ws.rs.WebApplicationException.class);
    if (web.isPresent() && web.get().getResponse().getStatus() < 500) {
      return problems.forStatus(web.get().getResponse().getStatus());
    }
    Optional<RestException> rest = find(thrown, RestException.class);
    if (rest.isPresent() && rest.get().getStatus() != null && rest.get().getStatus().getStatusCode() < 500) {
      return engineRequestProblem(ProblemType.forStatus(rest.get().getStatus().getStatusCode()), rest.get());
    }
    Optional<BadUserRequestException> bad = find(thrown, BadUserRequestException.class);
    if (bad.isPresent()) {
      return engineRequestProblem(ProblemType.VALIDATION, bad.get());
    }
    return internal(thrown);
  }

  /** A process rule refused a start or completion: 400 naming the fields, or 409 for a rule of state. */
  public Problem ruleViolation(ProcessRuleViolation violation) {
    List<FieldProblem> fields = violation.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
    if (violation instanceof ProcessRuleConflict) {
      return problems.withDetail(ProblemType.RULE_CONFLICT, messages.get("error.ruleConflict", violation.getMessage()), fields);
    }
    return problems.withDetail(ProblemType.VALIDATION, messages.get("error.validation", violation.getMessage()), fields);
  }

  /** A real fault: logged with its stack trace under an error id; the caller sees only the id. */
  public Problem internal(Throwable thrown) {
    String errorId = UUID.randomUUID().toString().substring(0, 8);
    LOG.error("unexpected error {} in an API request", errorId, thrown);
    return problems.of(ProblemType.INTERNAL, "error.internal.withId", errorId);
  }

  /**
   * The engine refused the request itself (an unknown definition, a missing parameter): its own
   * English text only for English callers and only when it shows no internals; Chinese callers
   * read the status's text.
   */
  private Problem engineRequestProblem(ProblemType type, Throwable thrown) {
    String message = thrown.getMessage() == null ? "" : ENGINE_CODE.matcher(thrown.getMessage()).replaceFirst("");
    boolean english = Messages.currentLocale().getLanguage().equals(Locale.ENGLISH.getLanguage());
    if (english && !message.isBlank() && message.length() <= 300 && !INTERNALS.matcher(message).find()) {
      return problems.withDetail(type, message, List.of());
    }
    return problems.forStatus(type.status());
  }

  /**
   * The database cannot be reached: 503 with {@code Retry-After} ({@link Problems#headers}), one
   * WARN line naming the request and the cause — no stack trace: during an outage every request
   * meets the same fault, and the pool's own log says why.
   */
  public Problem unavailable(Throwable thrown) {
    LOG.warn("database unavailable, answered 503: {} ({})", currentRequest(), rootMessage(thrown));
    return problems.of(ProblemType.UNAVAILABLE, "error.unavailable.database");
  }

  /**
   * No connection to the database: the pool gave up waiting for one (Hikari's
   * {@code SQLTransientConnectionException} after its connection timeout), the driver lost or
   * could not open one (SQL state class 08, Connector/J's {@code CommunicationsException}), or
   * Spring, JPA or the engine wrap either of them.
   */
  public static boolean isUnavailable(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.sql.SQLTransientConnectionException
          || cause instanceof java.sql.SQLNonTransientConnectionException
          || cause instanceof java.sql.SQLRecoverableException
          || cause instanceof org.springframework.transaction.CannotCreateTransactionException
          || cause instanceof org.springframework.dao.DataAccessResourceFailureException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  private static String currentRequest() {
    if (org.springframework.web.context.request.RequestContextHolder.getRequestAttributes()
        instanceof org.springframework.web.context.request.ServletRequestAttributes attributes) {
      jakarta.servlet.http.HttpServletRequest request = attributes.getRequest();
      Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
      return request.getMethod() + " " + (original != null ? original : request.getRequestURI());
    }
    return "(no request)";
  }

  /** Two requests changed the same case at once, or inserted the same key: the loser retries. */
  public static boolean isLostRace(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockingException
          || cause instanceof org.springframework.dao.OptimisticLockingFailureException
          || cause instanceof org.springframework.dao.DataIntegrityViolationException
          || cause instanceof org.springframework.dao.PessimisticLockingFailureException
          || cause instanceof java.sql.SQLIntegrityConstraintViolationException
          || cause instanceof java.sql.SQLTransactionRollbackException) {
        return true;
      }
      if (cause instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40")
              || sql.getSQLState().equals("HYT00") || sql.getErrorCode() == 1205 || sql.getErrorCode() == 1213)) {
        return true;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return false;
  }

  /** A finished or unknown task, instance or definition ("Cannot find task with id …: task is null"). */
  static boolean isNotFound(Throwable thrown) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof NotFoundException) {
        return true;
      }
      if (cause instanceof NullValueException && cause.getMessage() != null
          && (cause.getMessage().contains("Cannot find") || cause.getMessage().contains("not found")
              || cause.getMessage().startsWith("No "))) {
        return true;
      }
      if (cause instanceof ProcessEngineException && !(cause instanceof NullValueException) && cause.getMessage() != null
          && cause.getMessage().matches("(?s).*(Cannot find task with id|task is null|Cannot find execution).*")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable thrown) {
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  static <T extends Throwable> Optional<T> find(Throwable thrown, Class<T> type) {
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (type.isInstance(cause)) {
        return Optional.of(type.cast(cause));
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }
}
