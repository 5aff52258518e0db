package cn.suzhou.shuanglian.platform.process;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;

/**
 * A rule checked (and its outcome recorded) when a user task is completed. Registered as the task's
 * {@code end} execution listener rather than a task listener, so that a {@link ProcessRuleViolation}
 * reaches Tasklist and REST as it is (see there); a task that ends because it is cancelled (an
 * approval's terminate end, a deleted instance) is not completed and is not checked.
 */
public abstract class CompletionCheck implements ExecutionListener {

  @Override
  public final void notify(DelegateExecution execution) {
    if (!execution.isCanceled()) {
      check(execution);
    }
  }

  /** Checks the completed task's input; throws {@link ProcessRuleViolation} to refuse it. */
  protected abstract void check(DelegateExecution execution);
}
