package cn.suzhou.shuanglian.platform.rules;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;
import cn.suzhou.shuanglian.platform.process.RuleRefusalLog;
import jakarta.annotation.PostConstruct;
import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.stereotype.Component;

/**
 * A request that lost a race ({@link LostRaces#isLostRace}: a unique key kept another request's
 * record, a stale version, a lock given up, a task finished meanwhile) is answered 409 or 404 and is
 * not a fault: instead of Camunda's ERROR "ENGINE-16004 Exception while closing command context" with
 * its stack trace, one INFO line of the logger {@code cn.suzhou.shuanglian.requests}. Real faults keep
 * their stack traces.
 */
@Component
public class LostRaceLog extends TurboFilter {

  static final String ENGINE_CONTEXT_LOGGER = "org.camunda.bpm.engine.context";
  private static final org.slf4j.Logger REQUESTS = LoggerFactory.getLogger("cn.suzhou.shuanglian.requests");

  @PostConstruct
  void install() {
    if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logging
        && logging.getTurboFilterList().stream().noneMatch(f -> f instanceof LostRaceLog)) {
      logging.addTurboFilter(this);
    }
  }

  @Override
  public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params, Throwable t) {
    Throwable thrown = RuleRefusalLog.thrownOf(t, params);
    if (thrown == null || level != Level.ERROR || !ENGINE_CONTEXT_LOGGER.equals(logger.getName())
        || !LostRaces.isLostRace(thrown)) {
      return FilterReply.NEUTRAL;
    }
    Throwable root = thrown;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    REQUESTS.info("lost a race: {}", root.getMessage());
    return FilterReply.DENY;
  }
}
