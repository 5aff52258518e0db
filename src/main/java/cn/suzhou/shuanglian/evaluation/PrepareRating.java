package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-18: gives one enterprise's satisfaction task (local to its execution) its name and the services it received. */
@Component("prepareRating")
public class PrepareRating implements ExecutionListener {

  private final EvaluationService evaluations;

  public PrepareRating(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariablesLocal(evaluations.ratingVariables(in.number("evaluationId"), in.number("enterpriseId")));
  }
}
