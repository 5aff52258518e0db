package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: evaluations use the district's approved scheme; the waiting task ends only once the case's
 * district (that of its dispatch) has one in force.
 */
@Component("requireApprovedScheme")
public class RequireApprovedScheme extends CompletionCheck {

  private final EvaluationService evaluations;

  public RequireApprovedScheme(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    evaluations.requireScheme(execution.getProcessInstanceId());
  }
}
