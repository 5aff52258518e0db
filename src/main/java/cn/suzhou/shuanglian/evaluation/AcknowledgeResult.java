package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-18: the source unit acknowledges the result fed back to it (for its awards and promotions). */
@Component("acknowledgeResult")
public class AcknowledgeResult extends CompletionCheck {

  private final EvaluationService evaluations;

  public AcknowledgeResult(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    evaluations.acknowledge(in.number("evaluationId"), in.isTrue("resultAcknowledged"),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
