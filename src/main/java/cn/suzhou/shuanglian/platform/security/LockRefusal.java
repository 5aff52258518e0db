package cn.suzhou.shuanglian.platform.security;

import java.time.Duration;
import java.time.Instant;

/**
 * A login refused because the account is locked, not because the password was wrong: either the
 * bounded lock after too many failures ({@link Kind#LOCKED}) or the short wait after one failure
 * ({@link Kind#THROTTLED}). Both end at {@code until}; the caller is told when.
 */
public record LockRefusal(String userId, Kind kind, Instant until) {

  public enum Kind { LOCKED, THROTTLED }

  /** Whole seconds until the account takes logins again (for {@code Retry-After}), at least 1. */
  public long retryAfterSeconds(Instant now) {
    long millis = Duration.between(now, until).toMillis();
    return Math.max(1, (millis + 999) / 1000);
  }
}
