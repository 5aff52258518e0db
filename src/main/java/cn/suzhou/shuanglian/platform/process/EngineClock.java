package cn.suzhou.shuanglian.platform.process;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The engine's clock, read in Suzhou's time zone: what "now" and "today" mean for the rules of the
 * processes (terms, service years, due dates). Tests move it with {@link ClockUtil#setCurrentTime}
 * instead of waiting, and timers follow.
 */
public final class EngineClock {

  /** Dates of the policy (terms, service days, signing dates) are days in Suzhou. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return now().atZone(ZONE).toLocalDate();
  }

  /** The due date of a task given now with this period to do it in (calendar days and months in Suzhou). */
  public static Date dueAfter(Period period) {
    return Date.from(now().atZone(ZONE).plus(period).toInstant());
  }

  /** Midnight at the start of the day, in Suzhou. */
  public static Date startOf(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }
}
