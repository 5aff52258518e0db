package cn.suzhou.shuanglian.round;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * P-01: which round years may be opened in a given year — the current round (the latest round year
 * not after the clock's year) and the next, by default; {@code shuanglian.round.rounds-ahead} changes
 * how many. 2099 is never among them in this century's twenties.
 */
@DisplayName("P-01 round years that may be opened: the current round and the next (configurable)")
class RoundYearWindowTest {

  static RoundProperties properties(Integer roundsAhead) {
    return new RoundProperties(null, null, null, null, null, null, null, null, null, roundsAhead, null);
  }

  @Test
  @DisplayName("in 2026 the rounds 2025 and 2027; in 2027 the rounds 2027 and 2029; before 2023 the first two")
  void currentAndNext() {
    RoundProperties policy = properties(null);
    assertThat(policy.openableYears(2026)).containsExactly(2025, 2027);
    assertThat(policy.openableYears(2027)).containsExactly(2027, 2029);
    assertThat(policy.openableYears(2025)).containsExactly(2025, 2027);
    assertThat(policy.openableYears(2020)).containsExactly(2023, 2025);
    assertThat(policy.openableYears(2026)).doesNotContain(2099, 2023, 2029, 2024);
  }

  @Test
  @DisplayName("rounds-ahead 1 is the current round only; 3 adds one more; 0 is refused at start-up")
  void configurable() {
    assertThat(properties(1).openableYears(2026)).containsExactly(2025);
    assertThat(properties(3).openableYears(2026)).containsExactly(2025, 2027, 2029);
    assertThatThrownBy(() -> properties(0)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rounds-ahead");
  }

  @Test
  @DisplayName("the collection deadline lies at most a year ahead by default")
  void deadlineWindow() {
    assertThat(properties(null).maxCollectionPeriod()).isEqualTo(java.time.Period.ofYears(1));
  }
}
