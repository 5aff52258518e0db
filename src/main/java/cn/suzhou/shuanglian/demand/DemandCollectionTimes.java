package cn.suzhou.shuanglian.demand;

import java.time.Duration;
import java.time.ZoneId;

/**
 * The times of a demand collection (P-12(1)), set for the selection rounds
 * ({@code shuanglian.round.*}, {@code RoundProperties}); declared here so that the demand
 * collection need not know the round.
 */
public interface DemandCollectionTimes {

  /** The zone deadlines are read in (a deadline date ends at midnight there). */
  ZoneId timeZone();

  /** How long before the collection deadline the district is reminded. */
  Duration reminderBefore();

  /** The city bureau's due time for reviewing a submitted list. */
  Duration reviewPeriod();
}
