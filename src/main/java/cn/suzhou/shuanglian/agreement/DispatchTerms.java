package cn.suzhou.shuanglian.agreement;

import java.time.LocalDate;
import java.time.Period;

/**
 * What an agreement states about the dispatch it signs for (P-15): the term and the minimum service
 * time its tasks show, the end of a term, the due time of its tasks. The dispatch settings provide
 * it ({@code DispatchProperties}); declared here so that agreements need not know the dispatch.
 */
public interface DispatchTerms {

  /** The dispatch term in service years. */
  Integer termYears();

  /** Confirmed service days a commissioner gives at least per service year. */
  Integer minServiceDays();

  /** Due time of the agreement tasks. */
  Period taskPeriod();

  /** The day after a term starting on {@code termStart} ends. */
  LocalDate termEnd(LocalDate termStart);
}
