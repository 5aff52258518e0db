package cn.suzhou.shuanglian.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Login lock-out policy ({@code shuanglian.security.lockout.*}), the same for the webapps' login and
 * HTTP Basic on {@code /api} and {@code /engine-rest}.
 *
 * <p>Each wrong password makes the next attempt wait: {@code first-delay}, multiplied by
 * {@code delay-factor} after each further failure, at most {@code max-delay} (Camunda's throttling).
 * The {@code max-failures}-th failure in a row locks the account for {@code duration}; then it unlocks
 * by itself and the count starts again. Failures alone never lock an account for longer.
 *
 * <p>Checked at start-up: a lock of less than 15 minutes protects too little against guessing, one
 * of more than 30 minutes lets anyone keep an official out of work for too long; the start-up fails
 * with the setting named otherwise. Tests move the engine clock instead of shortening the lock.
 */
@ConfigurationProperties("shuanglian.security.lockout")
public record LockoutProperties(Integer maxFailures, Duration duration, Duration firstDelay, Integer delayFactor,
    Duration maxDelay) {

  public static final Duration SHORTEST_LOCK = Duration.ofMinutes(15);
  public static final Duration LONGEST_LOCK = Duration.ofMinutes(30);

  public LockoutProperties {
    maxFailures = maxFailures == null ? 10 : maxFailures;
    duration = duration == null ? SHORTEST_LOCK : duration;
    firstDelay = firstDelay == null ? Duration.ofSeconds(3) : firstDelay;
    delayFactor = delayFactor == null ? 2 : delayFactor;
    maxDelay = maxDelay == null ? Duration.ofSeconds(60) : maxDelay;
    if (maxFailures < 3 || maxFailures > 100) {
      throw new IllegalArgumentException(
          "shuanglian.security.lockout.max-failures must be between 3 and 100, was " + maxFailures);
    }
    if (duration.compareTo(SHORTEST_LOCK) < 0 || duration.compareTo(LONGEST_LOCK) > 0) {
      throw new IllegalArgumentException("shuanglian.security.lockout.duration must be between " + SHORTEST_LOCK
          + " and " + LONGEST_LOCK + " (a bounded lock that still protects), was " + duration);
    }
    if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxDelay.compareTo(duration) > 0) {
      throw new IllegalArgumentException("shuanglian.security.lockout: 0 <= first-delay <= max-delay <= duration "
          + "is required, was first-delay " + firstDelay + ", max-delay " + maxDelay);
    }
    if (delayFactor < 1) {
      throw new IllegalArgumentException("shuanglian.security.lockout.delay-factor must be at least 1, was " + delayFactor);
    }
  }

  /** How long the attempt after the given number of consecutive failures (below the maximum) must wait. */
  public Duration delayAfter(int failures) {
    double millis = firstDelay.toMillis() * Math.pow(delayFactor, Math.max(0, failures - 1));
    return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
  }
}
