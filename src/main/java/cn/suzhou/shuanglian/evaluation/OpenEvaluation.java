package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-15, P-18: opens the year's evaluation with its confirmed service records and the district's scheme in force. */
@Component("openEvaluation")
public class OpenEvaluation implements JavaDelegate {

  private final EvaluationService evaluations;

  public OpenEvaluation(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariables(evaluations.open(in.number("dispatchId"), in.number("serviceYear").intValue(),
        execution.getProcessInstanceId()));
  }
}
