package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRules.Checked;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRules.SchemeInput;
import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: a returned scheme, revised by the district, passes the same rules as at submission
 * ({@link EvaluationSchemeRules}) before it goes back to the city bureau; a refusal keeps the task
 * open with every field named. The revision replaces the content of the case's scheme; the city's
 * comment (kept with the scheme) is shown as the previous comment and the decision is cleared for
 * the next review.
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
    Checked checked = rules.check(SchemeInput.of(execution));
    if (!checked.valid()) {
      throw new ProcessRuleViolation(checked.problems());
    }
    EvaluationScheme scheme = schemes.revise(execution.getProcessInstanceId(), checked.content(),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    SchemeMirror.write(execution, scheme, schemes.inForceSummary(scheme), schemes.reviewDueDate());
    PREVIOUS_REVIEW_COMMENT.set(execution, scheme.getDecisionComment());
    REVIEW_COMMENT.remove(execution);
    SCHEME_DECISION.remove(execution);
  }
}
