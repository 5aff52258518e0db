package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.COUNTERSIGN_COMMENT;
import static cn.suzhou.shuanglian.nomination.NominationContract.COUNTERSIGN_DECISION;
import static cn.suzhou.shuanglian.nomination.NominationContract.DEPARTMENT;
import static cn.suzhou.shuanglian.nomination.NominationContract.DEPARTMENT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-03: opens one co-department's countersign task. The department is the one the engine has just
 * given this instance (its element variable, not yet open to anyone); it must be a co-department and
 * is recorded in the domain as the party the task answers for. Its name and empty answer fields are
 * local to the task's execution, so the four departments' parallel answers neither overwrite nor
 * pre-fill each other.
 */
@Component("prepareCountersign")
public class PrepareCountersign implements ExecutionListener {

  private final NominationService nominations;
  private final NominationCases cases;

  public PrepareCountersign(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    String name = nominations.askCountersign(cases.of(execution), DEPARTMENT.from(execution),
        execution.getActivityInstanceId());
    DEPARTMENT_NAME.setLocal(execution, name);
    COUNTERSIGN_DECISION.setLocal(execution, null);
    COUNTERSIGN_COMMENT.setLocal(execution, null);
  }
}
