package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.ScoringFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-05, P-18: the district's scoring task shows the summary, the satisfaction, the service time and the scheme. */
@Component("prepareScoring")
public class PrepareScoring implements ExecutionListener {

  private final EvaluationService evaluations;
  private final FormRows rows;

  public PrepareScoring(EvaluationService evaluations, FormRows rows) {
    this.evaluations = evaluations;
    this.rows = rows;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ScoringFacts facts = evaluations.scoringFacts(execution.getProcessInstanceId());
    WORK_SUMMARY.set(execution, facts.workSummary());
    RATINGS.set(execution, rows.of(facts.ratings()));
    SATISFACTION_TEXT.set(execution, facts.satisfactionText());
    SERVICE_TIME_TEXT.set(execution, facts.serviceTimeText());
    SCHEME_TEXT.set(execution, facts.schemeText());
    RETURN_COMMENT.set(execution, facts.returnComment());
  }
}
