package cn.suzhou.shuanglian.platform.process;

import java.util.List;

/**
 * A process rule refused the input because of a record already there (a place already taken),
 * rather than because the input itself is wrong: {@code /api} answers 409 instead of 400. Camunda's
 * own REST and Tasklist treat it as any {@link ProcessRuleViolation} (400 and the message).
 */
public class ProcessRuleConflict extends ProcessRuleViolation {

  private static final long serialVersionUID = 1L;

  public ProcessRuleConflict(List<Problem> problems) {
    super(problems);
  }

  /**
   * A rule the database held against a request that lost a race to it (a unique key of
   * {@code RuleConstraints}): the message names the rule; no field of the request is at fault.
   */
  public static ProcessRuleConflict heldByDatabase(String message) {
    return new ProcessRuleConflict(message);
  }

  private ProcessRuleConflict(String message) {
    super(message);
  }
}
