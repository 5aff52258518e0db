package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: the satisfaction score of the enterprise this task asks (its {@link RatingRequest}), a whole
 * number 0–100; never given by the commissioner evaluated.
 */
@Component("recordRating")
public class RecordRating extends CompletionCheck {

  private final EvaluationService evaluations;

  public RecordRating(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    evaluations.rate(execution.getProcessInstanceId(), execution.getId(), sent(execution, SATISFACTION_SCORE),
        RATING_COMMENT.from(execution), ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
