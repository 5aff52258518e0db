package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.Outcome;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: the source unit acknowledges the result fed back to it (for its awards and promotions); the
 * grade and year the dispatch receives are mirrored again from the evaluation as the case ends.
 */
@Component("acknowledgeResult")
public class AcknowledgeResult extends CompletionCheck {

  private final EvaluationService evaluations;

  public AcknowledgeResult(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Outcome outcome = evaluations.acknowledge(execution.getProcessInstanceId(), RESULT_ACKNOWLEDGED.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    GRADE.set(execution, outcome.grade().name());
    SERVICE_YEAR.set(execution, (long) outcome.serviceYear());
  }
}
