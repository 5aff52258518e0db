package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.evaluation.EvaluationService.GradeInputs;
import cn.suzhou.shuanglian.platform.identity.Groups;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code yearlyEvaluation}'s model asks of its case — candidates, the raters, the gateways,
 * the grade table's inputs — answered from the evaluation row linked to the case (by process
 * instance id) and its dispatch, never from a process variable: a variable someone set cannot send
 * the district's scoring to another district or the grade past the approval. Used in the BPMN as
 * {@code ${evaluationCase.…(execution)}}; the bean's name must not be a process variable's.
 */
@Component("evaluationCase")
public class EvaluationCase {

  private final EvaluationService evaluations;

  public EvaluationCase(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  /** The group of the district the commissioner serves (its officials await the scheme and score). */
  public String districtGroup(DelegateExecution execution) {
    return Groups.district(evaluation(execution).getDispatch().getDistrict().getCode());
  }

  /** The commissioner evaluated: they write the yearly summary; null when they have no login. */
  public String commissioner(DelegateExecution execution) {
    return evaluation(execution).getDispatch().getCommissioner().getUserId();
  }

  /** The district writes the summary on behalf of a commissioner without a login (P-14). */
  public List<String> districtIfCommissionerHasNoLogin(DelegateExecution execution) {
    return commissioner(execution) == null ? List.of(districtGroup(execution)) : List.of();
  }

  /** The enterprises that rate the commissioner (one satisfaction task each). */
  public List<Long> raters(DelegateExecution execution) {
    return evaluations.raters(execution.getProcessInstanceId());
  }

  /** The contact of this satisfaction task's enterprise; null when it has no login. */
  public String rater(DelegateExecution execution) {
    return evaluations.rater(execution.getProcessInstanceId(), execution.getId());
  }

  /** The district rates on behalf of an enterprise without a login. */
  public List<String> districtIfRaterHasNoLogin(DelegateExecution execution) {
    return rater(execution) == null ? List.of(districtGroup(execution)) : List.of();
  }

  /** The group of the commissioner's source unit, which receives the result (P-18). */
  public String sourceUnitGroup(DelegateExecution execution) {
    return Groups.sourceUnit(evaluation(execution).getDispatch().getSourceUnit().getCode());
  }

  public boolean schemeInForce(DelegateExecution execution) {
    return evaluations.schemeInForce(execution.getProcessInstanceId());
  }

  public boolean approved(DelegateExecution execution) {
    return evaluations.approved(execution.getProcessInstanceId());
  }

  public boolean unqualified(DelegateExecution execution) {
    return evaluations.unqualified(execution.getProcessInstanceId());
  }

  /** The grade table's inputs (its business rule task maps them to the table's variables). */
  public GradeInputs gradeInputs(DelegateExecution execution) {
    return evaluations.gradeInputs(execution.getProcessInstanceId());
  }

  private Evaluation evaluation(DelegateExecution execution) {
    return evaluations.ofCase(execution.getProcessInstanceId());
  }
}
