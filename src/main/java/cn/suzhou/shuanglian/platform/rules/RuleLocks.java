package cn.suzhou.shuanglian.platform.rules;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Named row locks ({@code rule_lock}, V16) for rules that need requests to take turns rather than a
 * unique key — numbers that run without gaps. {@link #hold} locks the row with
 * {@code select … for update} in the caller's own transaction, on the connection it already holds:
 * a second request waits until the first commits or rolls back, then sees what the first wrote. No
 * second connection and no second transaction is ever opened, so a burst of requests cannot exhaust
 * the pool by waiting for itself; whatever the request wrote under the lock commits or rolls back
 * with it, so nothing is left half-written.
 *
 * <p>The rows exist from the migration that introduces each name: creating one on demand would let
 * two first requests race to insert it.
 */
@Component
public class RuleLocks {

  private final JdbcTemplate jdbc;

  public RuleLocks(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Locks the named row until the current transaction ends (waits while another transaction holds it). */
  public void hold(String name) {
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      throw new IllegalStateException("rule lock " + name + " taken outside a transaction: it would be released at once");
    }
    List<String> locked = jdbc.queryForList("select name from rule_lock where name = ? for update", String.class, name);
    if (locked.isEmpty()) {
      throw new IllegalStateException("no rule lock named " + name + " (a migration creates each one)");
    }
  }
}
