package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.platform.rules.RuleLocks;
import org.springframework.stereotype.Component;

/**
 * Joint project filings take turns (P-19), and their numbers within a year run 1, 2, 3 … without
 * gaps (宿双链项〔2026〕0001, 0002, …). {@link #takeTurn} locks the {@code project-filing} row of
 * {@code rule_lock} in the filing's own transaction: a second filing waits until the first has
 * committed or rolled back, then sees the first's application — the one-a-year check after it names
 * the winner, never a half-written one. {@link #next} is the year's highest number plus one, read
 * under that lock; a refused filing rolls back with its number, so none is skipped. The unique key
 * {@code uk_project_serial} backs the numbers.
 */
@Component
public class ProjectNumbers {

  /** The row of {@code rule_lock} (V16) that filings take turns on. */
  static final String FILING_LOCK = "project-filing";

  private final RuleLocks locks;
  private final ProjectApplicationRepository applications;

  public ProjectNumbers(RuleLocks locks, ProjectApplicationRepository applications) {
    this.locks = locks;
    this.applications = applications;
  }

  /** Waits for this filing's turn; held until the filing's transaction ends. */
  public void takeTurn() {
    locks.hold(FILING_LOCK);
  }

  /** The next number of the year: call only after {@link #takeTurn}, in the same transaction. */
  public int next(int year) {
    return applications.highestSerialOf(year) + 1;
  }
}
