package cn.suzhou.shuanglian.platform.process;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import jakarta.annotation.PostConstruct;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A rule refusing a start or a completion is the system working, not a fault: instead of Camunda's
 * ERROR with a 160-line stack trace ("ENGINE-16004 Exception while closing command context"), it
 * is one WARN line of the logger {@code cn.suzhou.shuanglian.rules} naming the rule's message, the
 * user and the case; a request for a task that is already finished (someone else completed it a
 * moment before) is one INFO line of {@code cn.suzhou.shuanglian.requests}. Real faults keep their
 * stack traces.
 */
@Component
public class RuleRefusalLog extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  private static final org.slf4j.Logger RULES = LoggerFactory.getLogger("cn.suzhou.shuanglian.rules");
  private static final org.slf4j.Logger REQUESTS = LoggerFactory.getLogger("cn.suzhou.shuanglian.requests");

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
        && logging.getTurboFilterList().stream().noneMatch(f -> f instanceof RuleRefusalLog)) {
      logging.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    Throwable thrown = thrownOf(t, params);
    if (thrown == null || level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())) {
      return FilterReply.NEUTRAL;
    }
    for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessRuleViolation || cause instanceof ProcessRuleConflict) {
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        String processInstance = Context.getBpmnExecutionContext() == null ? null
            : Context.getBpmnExecutionContext().getProcessInstance().getId();
        RULES.warn("rule refused: {} (user {}, case {})", cause.getMessage(), user == null ? "-" : user,
            processInstance == null ? "-" : processInstance);
        return FilterReply.DENY;
      }
      if (cause instanceof org.camunda.bpm.engine.exception.NullValueException && cause.getMessage() != null
          && cause.getMessage().startsWith("Cannot find")) {
        // a stale request (a task someone else finished a moment ago): answered 404, not a fault
        REQUESTS.info("stale request: {}", cause.getMessage());
        return FilterReply.DENY;
      }
    }
    return FilterReply.NEUTRAL;
  }

  /**
   * The exception being logged: Camunda's loggers pass it as the last argument of the message
   * ({@code logError(id, "…: {}", message, exception)}), which Logback hands to a turbo filter in
   * {@code params}, not in {@code t}.
   */
  public static Throwable thrownOf(Throwable t, Object[] params) {
    if (t != null) {
      return t;
    }
    return params != null && params.length > 0 && params[params.length - 1] instanceof Throwable last ? last : null;
  }
}
