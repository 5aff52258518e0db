package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-18: an enterprise's satisfaction score, a whole number 0–100. */
@Component("recordRating")
public class RecordRating extends CompletionCheck {

  private final EvaluationService evaluations;

  public RecordRating(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    evaluations.rate(in.number("evaluationId"), in.number("enterpriseId"), in.text("satisfactionScore"),
        in.text("ratingComment"), ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
