package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.REVIEW_COMMENT;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-18: puts the case's approved scheme in force (启用考核评价制度) in the transaction of the city's
 * approval, as the official who approved it, with the comment they gave: the district's earlier
 * scheme becomes superseded and this one approved; the unique {@code in_force_district} keeps one
 * scheme in force per district even if two approvals race.
 */
@Component("activateEvaluationScheme")
public class ActivateEvaluationScheme implements JavaDelegate {

  private final EvaluationSchemeService schemes;

  public ActivateEvaluationScheme(EvaluationSchemeService schemes) {
    this.schemes = schemes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    schemes.approve(execution.getProcessInstanceId(),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"), REVIEW_COMMENT.from(execution));
  }
}
