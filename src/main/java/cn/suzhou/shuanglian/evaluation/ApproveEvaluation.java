package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.Outcome;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: the City S&T Bureau approves the grade, or returns it to the district with a comment. An
 * approved grade and its year are mirrored again from the evaluation: they are what the dispatch
 * receives when an unqualified grade ends the case here.
 */
@Component("approveEvaluation")
public class ApproveEvaluation extends CompletionCheck {

  private final EvaluationService evaluations;

  public ApproveEvaluation(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Outcome outcome = evaluations.approve(execution.getProcessInstanceId(), APPROVAL_DECISION.from(execution),
        APPROVAL_COMMENT.from(execution), ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    if (outcome.approved()) {
      GRADE.set(execution, outcome.grade().name());
      SERVICE_YEAR.set(execution, (long) outcome.serviceYear());
    }
  }
}
