package cn.suzhou.shuanglian.demand;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dates of a demand collection (P-12(1)), asked by the process's timers and due dates: the
 * collection deadline ends at midnight after the deadline date in the configured zone; the district
 * is reminded {@code shuanglian.round.reminder-before} earlier; the city bureau's review is due
 * {@code shuanglian.round.review-period} after submission. The timers take the deadline from the
 * round that started the case (the timers are set when the case starts, before its collection opens).
 */
@Component("demandCollectionSchedule")
public class DemandCollectionSchedule {

  private final DemandCollectionTimes properties;
  private final CallingRounds rounds;

  public DemandCollectionSchedule(DemandCollectionTimes properties, CallingRounds rounds) {
    this.properties = properties;
    this.rounds = rounds;
  }

  /** The moment the collection closes: the end of the deadline day. */
  public Date deadlineAt(LocalDate deadline) {
    return Date.from(endOf(deadline));
  }

  /** The moment this case's collection closes (its overdue timer): the end of its round's deadline day. */
  @Transactional(readOnly = true)
  public Date deadlineOfCase(DelegateExecution execution) {
    return deadlineAt(rounds.ofCalledCase(execution).collectionDeadline());
  }

  /** When the district of this case is reminded that the deadline nears (its reminder timer). */
  @Transactional(readOnly = true)
  public Date reminderOfCase(DelegateExecution execution) {
    return Date.from(endOf(rounds.ofCalledCase(execution).collectionDeadline()).minus(properties.reminderBefore()));
  }

  /** When the city bureau's review of a list submitted now is due. */
  public Date reviewDueDate() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().plus(properties.reviewPeriod()));
  }

  private Instant endOf(LocalDate deadline) {
    return deadline.plusDays(1).atStartOfDay(properties.timeZone()).toInstant();
  }
}
