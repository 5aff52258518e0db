package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-18: the City S&T Bureau approves the grade, or returns it to the district with a comment. */
@Component("approveEvaluation")
public class ApproveEvaluation extends CompletionCheck {

  private final EvaluationService evaluations;

  public ApproveEvaluation(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariable("evaluationApproved", evaluations.approve(in.number("evaluationId"),
        in.text("approvalDecision"), in.text("approvalComment"),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system")));
  }
}
