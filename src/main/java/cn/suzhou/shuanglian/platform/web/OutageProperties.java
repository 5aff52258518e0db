package cn.suzhou.shuanglian.platform.web;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the application answers while its database is away ({@code shuanglian.outage.*}; README
 * "Database outage"). How soon a request gives up waiting for a connection is the pool's
 * {@code spring.datasource.hikari.connection-timeout}.
 *
 * @param retryAfter the {@code Retry-After} of a 503 answer: when a client should try again
 */
@ConfigurationProperties("shuanglian.outage")
public record OutageProperties(Duration retryAfter) {

  public OutageProperties {
    if (retryAfter == null || retryAfter.isNegative() || retryAfter.isZero()) {
      retryAfter = Duration.ofSeconds(10);
    }
  }

  /** Whole seconds, at least 1. */
  public long retryAfterSeconds() {
    return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
  }
}
