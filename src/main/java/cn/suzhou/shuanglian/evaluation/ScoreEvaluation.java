package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-05, P-15, P-18: the district's four scores (0–100 each) weighted by its approved scheme, and an
 * exception for a short year only with a reason; hands the grade table its inputs.
 */
@Component("scoreEvaluation")
public class ScoreEvaluation extends CompletionCheck {

  static final String[] CRITERIA = {"scoreOrientation", "scoreInitiative", "scoreSatisfaction", "scoreResults"};

  private final EvaluationService evaluations;

  public ScoreEvaluation(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Map<String, String> scores = new LinkedHashMap<>();
    for (String criterion : CRITERIA) {
      scores.put(criterion, in.text(criterion));
    }
    execution.setVariables(evaluations.score(in.number("evaluationId"), scores, in.isTrue("exceptionJustified"),
        in.text("exceptionReason"), in.text("districtComment"),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system")));
  }
}
