package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-18: puts the approved scheme in force (启用考核评价制度) in the transaction of the city's approval:
 * the district's earlier scheme becomes superseded and this one approved; the unique
 * {@code in_force_district} keeps one scheme in force per district even if two approvals race.
 */
@Component("activateEvaluationScheme")
public class ActivateEvaluationScheme implements JavaDelegate {

  private final EvaluationSchemeService schemes;

  public ActivateEvaluationScheme(EvaluationSchemeService schemes) {
    this.schemes = schemes;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    schemes.approve(in.number(SCHEME_ID), in.text(REVIEWER_USER_ID), in.text(REVIEW_COMMENT));
  }
}
