package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.RatingTask;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-18: opens one enterprise's satisfaction task. The enterprise the multi-instance hands this
 * execution (from the dispatch's enterprises) is written to the task's {@link RatingRequest}, so that
 * its rater and its rating are found by the task, not by a variable; the task's name of the
 * enterprise, the services it received and its empty answer are local to its execution.
 */
@Component("prepareRating")
public class PrepareRating implements ExecutionListener {

  private final EvaluationService evaluations;
  private final FormRows rows;

  public PrepareRating(EvaluationService evaluations, FormRows rows) {
    this.evaluations = evaluations;
    this.rows = rows;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RatingTask task = evaluations.openRating(execution.getProcessInstanceId(), execution.getId(),
        ENTERPRISE_ID.from(execution));
    ENTERPRISE_NAME.setLocal(execution, task.enterpriseName());
    ENTERPRISE_SERVICES.setLocal(execution, rows.of(task.services()));
    SATISFACTION_SCORE.setLocal(execution, null);
    RATING_COMMENT.setLocal(execution, null);
  }
}
