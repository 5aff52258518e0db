package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.project.ProjectDecisions.ConditionsOutcome;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 审查申报条件 (P-19): the city bureau's check, recorded on the application of this case
 * ({@link ProjectDecisions#recordConditions}); the gateway follows the recorded outcome, and a
 * project found not to meet the conditions tells the applicant why.
 */
@Component("checkProjectConditions")
public class CheckProjectConditions extends CompletionCheck {

  private final ProjectDecisions decisions;

  public CheckProjectConditions(ProjectDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  protected void check(DelegateExecution execution) {
    ConditionsOutcome outcome = decisions.recordConditions(execution.getProcessInstanceId(),
        CONDITIONS_DECISION.from(execution), CONDITIONS_NOTE.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), null));
    CONDITIONS_MET.set(execution, outcome.met());
    if (outcome.notice() != null) {
      RESULT_LABEL.set(execution, outcome.notice().label());
      RESULT_NOTE.set(execution, outcome.notice().note());
    }
  }
}
