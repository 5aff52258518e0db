package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.demand.DemandCollectionTimes;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Selection-round settings ({@code shuanglian.round.*}), the policy's values as defaults.
 *
 * @param firstYear the first round year (P-01: 2023)
 * @param intervalYears years between rounds (P-01: every two years)
 * @param timeZone the zone deadlines are read in (a deadline date ends at midnight there)
 * @param reminderBefore how long before the collection deadline the district is reminded
 * @param reviewPeriod the city bureau's due time for reviewing a submitted list
 * @param supplyDemandReviewPeriod the city bureau's due time for reviewing the supply–demand comparison
 * @param minPerDistrict commissioners every district and park receives at least (P-02: 4)
 * @param minPerRound commissioners a round dispatches at least (P-01: 32)
 * @param nominationPeriod due time of the nomination and matching tasks
 * @param roundsAhead how many round years may be opened at a time: the current one (the latest round year
 *     not after the clock's year) and the next ones, this many in all (2: in 2026 the rounds 2025 and 2027)
 * @param maxCollectionPeriod how far after today a collection deadline may lie
 */
@ConfigurationProperties("shuanglian.round")
public record RoundProperties(Integer firstYear, Integer intervalYears, ZoneId timeZone, Duration reminderBefore,
    Duration reviewPeriod, Duration supplyDemandReviewPeriod, Integer minPerDistrict, Integer minPerRound,
    Duration nominationPeriod, Integer roundsAhead, Period maxCollectionPeriod) implements DemandCollectionTimes {

  public RoundProperties {
    firstYear = firstYear == null ? 2023 : firstYear;
    intervalYears = intervalYears == null ? 2 : intervalYears;
    timeZone = timeZone == null ? ZoneId.of("Asia/Shanghai") : timeZone;
    reminderBefore = reminderBefore == null ? Duration.ofDays(3) : reminderBefore;
    reviewPeriod = reviewPeriod == null ? Duration.ofDays(10) : reviewPeriod;
    supplyDemandReviewPeriod = supplyDemandReviewPeriod == null ? Duration.ofDays(7) : supplyDemandReviewPeriod;
    minPerDistrict = minPerDistrict == null ? 4 : minPerDistrict;
    minPerRound = minPerRound == null ? 32 : minPerRound;
    nominationPeriod = nominationPeriod == null ? Duration.ofDays(14) : nominationPeriod;
    roundsAhead = roundsAhead == null ? 2 : roundsAhead;
    maxCollectionPeriod = maxCollectionPeriod == null ? Period.ofYears(1) : maxCollectionPeriod;
    if (roundsAhead < 1) {
      throw new IllegalArgumentException("shuanglian.round.rounds-ahead must be at least 1");
    }
  }

  /** The fewest commissioners a round with this many districts may have: each its minimum, and the round's. */
  public int requiredTotal(int districts) {
    return Math.max(minPerRound, minPerDistrict * districts);
  }

  /**
   * The round years that may be opened in the clock's year: the current round year (the latest not
   * after it; the first year before the policy starts) and the next ones, {@link #roundsAhead} in all.
   */
  public List<Integer> openableYears(int clockYear) {
    int current = clockYear < firstYear ? firstYear : clockYear - (clockYear - firstYear) % intervalYears;
    return IntStream.range(0, roundsAhead).mapToObj(i -> current + i * intervalYears).toList();
  }

  /** Is this a round year of the policy (2023, 2025, 2027 …)? */
  public boolean isRoundYear(int year) {
    return year >= firstYear && (year - firstYear) % intervalYears == 0;
  }
}
