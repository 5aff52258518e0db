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
}
