package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.DispatchTerms;
import java.time.LocalDate;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Dispatch settings ({@code shuanglian.dispatch.*}), the policy's values as defaults. Tests move the
 * engine clock instead of waiting; durations are periods of the calendar (a service year ends on
 * the anniversary of the term start).
 *
 * @param termYears the dispatch term in service years (P-15: two years)
 * @param serviceYear the length of one service year, evaluated at its end (P-18: once a year)
 * @param minServiceDays confirmed service days a commissioner gives at least per service year
 *     (P-15: in principle at least one month, counted as 30 days)
 * @param reminderBefore how long before a service year ends the commissioner and the district are
 *     reminded when the confirmed days are under the minimum
 * @param taskPeriod due time of the agreement, renewal and evaluation tasks
 */
@ConfigurationProperties("shuanglian.dispatch")
public record DispatchProperties(Integer termYears, Period serviceYear, Integer minServiceDays, Period reminderBefore,
    Period taskPeriod) implements DispatchTerms {

  public DispatchProperties {
    termYears = termYears == null ? 2 : termYears;
    serviceYear = serviceYear == null ? Period.ofYears(1) : serviceYear;
    minServiceDays = minServiceDays == null ? 30 : minServiceDays;
    reminderBefore = reminderBefore == null ? Period.ofDays(60) : reminderBefore;
    taskPeriod = taskPeriod == null ? Period.ofDays(14) : taskPeriod;
  }

  /** The first day of service year {@code year} (1-based) of a term starting on {@code termStart}. */
  public LocalDate yearStart(LocalDate termStart, int year) {
    return termStart.plus(serviceYear.multipliedBy(year - 1));
  }

  /** The day after service year {@code year} ends: its anniversary. */
  public LocalDate yearEnd(LocalDate termStart, int year) {
    return termStart.plus(serviceYear.multipliedBy(year));
  }

  /** The day after the term ends. */
  @Override
  public LocalDate termEnd(LocalDate termStart) {
    return yearEnd(termStart, termYears);
  }
}
