package cn.suzhou.shuanglian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The lock-out settings: policy defaults, growing waits, and a start-up refused outside 15–30 minutes. */
class LockoutPropertiesTest {

  @Configuration(proxyBeanMethods = false)
  @EnableConfigurationProperties(LockoutProperties.class)
  static class Bind {}

  final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Bind.class);

  @Test
  @DisplayName("defaults: 10 failures, 15 minutes; waits 3 s doubling to 60 s")
  void defaults() {
    LockoutProperties policy = new LockoutProperties(null, null, null, null, null);
    assertThat(policy.maxFailures()).isEqualTo(10);
    assertThat(policy.duration()).isEqualTo(Duration.ofMinutes(15));
    assertThat(java.util.stream.IntStream.rangeClosed(1, 9).mapToObj(policy::delayAfter).map(Duration::toSeconds))
        .containsExactly(3L, 6L, 12L, 24L, 48L, 60L, 60L, 60L, 60L);
  }

  @Test
  @DisplayName("15 and 30 minutes start; 14 and 31 minutes stop the start-up naming the setting")
  void durationChecked() {
    for (String allowed : new String[] {"PT15M", "PT30M", "PT20M"}) {
      context.withPropertyValues("shuanglian.security.lockout.duration=" + allowed).run(started -> {
        assertThat(started).hasNotFailed();
        assertThat(started.getBean(LockoutProperties.class).duration()).isEqualTo(Duration.parse(allowed));
      });
    }
    for (String refused : new String[] {"PT14M", "PT31M", "PT1S", "P1D"}) {
      context.withPropertyValues("shuanglian.security.lockout.duration=" + refused).run(failed -> {
        assertThat(failed).hasFailed();
        assertThat(failed.getStartupFailure()).rootCause().hasMessageContaining("shuanglian.security.lockout.duration")
            .hasMessageContaining("between PT15M and PT30M");
      });
    }
    context.withPropertyValues("shuanglian.security.lockout.max-failures=0").run(failed ->
        assertThat(failed.getStartupFailure()).rootCause().hasMessageContaining("max-failures"));
  }
}
