package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: the city bureau's approval of a district's scheme must decide — approve or return — and a
 * return must say what the district is to change. Records who decided; a return is written to the
 * scheme at once (the approval is, by 启用考核评价制度, in the same transaction).
 */
@Component("checkSchemeReview")
public class CheckSchemeReview extends CompletionCheck {

  static final int COMMENT_MAX = 1000;

  private final EvaluationSchemeService schemes;
  private final Messages messages;

  public CheckSchemeReview(EvaluationSchemeService schemes, Messages messages) {
    this.schemes = schemes;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String decision = in.text(SCHEME_DECISION);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw new ProcessRuleViolation(SCHEME_DECISION, messages.get("scheme.review.decisionRequired"));
    }
    String comment = in.text(REVIEW_COMMENT);
    if (RETURN.equals(decision) && comment == null) {
      throw new ProcessRuleViolation(REVIEW_COMMENT, messages.get("scheme.review.commentRequired"));
    }
    if (comment != null && comment.length() > COMMENT_MAX) {
      throw new ProcessRuleViolation(REVIEW_COMMENT, messages.get("scheme.review.commentTooLong", COMMENT_MAX));
    }
    String reviewer = ProcessActors.currentUserId(execution.getProcessEngineServices(), "system");
    execution.setVariable(REVIEWER_USER_ID, reviewer);
    if (RETURN.equals(decision)) {
      schemes.returnWith(in.number(SCHEME_ID), reviewer, comment);
    }
  }
}
