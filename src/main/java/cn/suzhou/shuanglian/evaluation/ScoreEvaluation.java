package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.Scores;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-05, P-15, P-18: the district's four scores (0–100 each) weighted by its approved scheme, and an
 * exception for a short year only with a reason; recorded on the case's evaluation, from which the
 * grade table takes its inputs.
 */
@Component("scoreEvaluation")
public class ScoreEvaluation extends CompletionCheck {

  private final EvaluationService evaluations;

  public ScoreEvaluation(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    evaluations.score(execution.getProcessInstanceId(),
        new Scores(sent(execution, SCORE_ORIENTATION), sent(execution, SCORE_INITIATIVE),
            sent(execution, SCORE_SATISFACTION), sent(execution, SCORE_RESULTS), EXCEPTION_JUSTIFIED.from(execution),
            EXCEPTION_REASON.from(execution), DISTRICT_COMMENT.from(execution)),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
