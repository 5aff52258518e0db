package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-05, P-18: the district's scoring task shows the summary, the satisfaction, the service time and the scheme. */
@Component("prepareScoring")
public class PrepareScoring implements ExecutionListener {

  private final EvaluationService evaluations;

  public PrepareScoring(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariables(evaluations.scoringVariables(new VariableReader(execution).number("evaluationId")));
  }
}
