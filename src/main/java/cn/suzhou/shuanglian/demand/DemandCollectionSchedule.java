package cn.suzhou.shuanglian.demand;

import cn.suzhou.shuanglian.round.RoundProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The dates of a demand collection (P-12(1)), asked by the process's timers and due dates: the
 * collection deadline ends at midnight after the deadline date in the configured zone; the district
 * is reminded {@code shuanglian.round.reminder-before} earlier; the city bureau's review is due
 * {@code shuanglian.round.review-period} after submission.
 */
@Component("demandCollectionSchedule")
public class DemandCollectionSchedule {

  private final RoundProperties properties;

  public DemandCollectionSchedule(RoundProperties properties) {
    this.properties = properties;
  }

  /** The moment the collection closes: the end of the deadline day. */
  public Date deadlineAt(Object deadline) {
    return Date.from(endOf(deadline));
  }

  /** When the district is reminded that the deadline nears. */
  public Date reminderAt(Object deadline) {
    return Date.from(endOf(deadline).minus(properties.reminderBefore()));
  }

  /** When the city bureau's review of a list submitted now is due. */
  public Date reviewDueDate() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.reviewPeriod()));
  }

  private Instant endOf(Object deadline) {
    return LocalDate.parse(deadline.toString().trim()).plusDays(1).atStartOfDay(properties.timeZone()).toInstant();
  }
}
