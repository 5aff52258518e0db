package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.identity.Groups;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code evaluationScheme}'s model asks of its case, answered from the scheme linked to the case
 * (by process instance id), never from a process variable. Used in the BPMN as
 * {@code ${evaluationSchemeCase.…(execution)}}; the bean's name must not be a process variable's.
 */
@Component("evaluationSchemeCase")
public class EvaluationSchemeCase {

  private final EvaluationSchemeService schemes;

  public EvaluationSchemeCase(EvaluationSchemeService schemes) {
    this.schemes = schemes;
  }

  /** The group of the scheme's district, which revises a returned scheme. */
  public String districtGroup(DelegateExecution execution) {
    return Groups.district(schemes.ofCase(execution.getProcessInstanceId()).getDistrict().getCode());
  }

  /** Whether the city bureau has just returned the case's scheme (its review's gateway; else it approved). */
  public boolean returned(DelegateExecution execution) {
    return schemes.ofCase(execution.getProcessInstanceId()).getStatus() == SchemeStatus.RETURNED;
  }
}
