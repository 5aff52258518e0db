package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeVariables.*;

import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRules.Checked;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: a returned scheme, revised by the district, passes the same rules as at submission
 * ({@link EvaluationSchemeRules}) before it goes back to the city bureau; a refusal keeps the task
 * open with every field named. The revision replaces the scheme's content; the city's comment is
 * kept as the previous comment and the decision is cleared for the next review.
 */
@Component("checkSchemeRevision")
public class CheckSchemeRevision extends CompletionCheck {

  private final EvaluationSchemeRules rules;
  private final EvaluationSchemeService schemes;

  public CheckSchemeRevision(EvaluationSchemeRules rules, EvaluationSchemeService schemes) {
    this.rules = rules;
    this.schemes = schemes;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Checked checked = rules.check(execution);
    if (!checked.valid()) {
      throw new ProcessRuleViolation(checked.problems());
    }
    VariableReader in = new VariableReader(execution);
    EvaluationScheme scheme = schemes.revise(in.number(SCHEME_ID), checked.content(),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    execution.setVariables(schemes.formVariables(scheme));
    execution.setVariable(PREVIOUS_REVIEW_COMMENT, in.text(REVIEW_COMMENT));
    execution.removeVariable(REVIEW_COMMENT);
    execution.removeVariable(SCHEME_DECISION);
    execution.setVariable(REVIEW_DUE_DATE, schemes.reviewDueDate());
  }
}
