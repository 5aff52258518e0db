package cn.suzhou.shuanglian.project;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The serial numbers of joint project applications within a year (宿双链项〔2026〕0001, 0002, …), from a
 * counter row per year that is incremented in a short transaction of its own: concurrent filings get
 * different numbers without waiting for each other's engine transactions. A number is lost only when
 * a filing is refused after it was drawn (two filings racing for one place), which the one-a-year
 * check before it makes rare.
 */
@Component
public class ProjectNumbers {

  private final JdbcTemplate jdbc;
  private final TransactionTemplate separate;

  public ProjectNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.separate = new TransactionTemplate(transactionManager);
    separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** The next serial number of the year. */
  public int next(int year) {
    for (int attempt = 0; ; attempt++) {
      try {
        Integer serial = separate.execute(status -> {
          if (jdbc.update("update project_number set last_serial = last_serial + 1 where application_year = ?", year) == 0) {
            jdbc.update("insert into project_number (application_year, last_serial) values (?, 1)", year);
          }
          return jdbc.queryForObject("select last_serial from project_number where application_year = ?", Integer.class,
              year);
        });
        return serial;
      } catch (org.springframework.dao.DuplicateKeyException firstOfTheYearRace) {
        if (attempt > 2) {
          throw firstOfTheYearRace;
        }
      }
    }
  }
}
