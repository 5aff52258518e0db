package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-18: the city bureau's approval of a district's scheme must decide — approve or return — and a
 * return must say what the district is to change. A return is written to the case's scheme at once,
 * as the official deciding (the approval is, by 启用考核评价制度, in the same transaction).
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
    String decision = SCHEME_DECISION.from(execution);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw new ProcessRuleViolation(SCHEME_DECISION.name(), messages.get("scheme.review.decisionRequired"));
    }
    String comment = REVIEW_COMMENT.from(execution);
    if (RETURN.equals(decision) && comment == null) {
      throw new ProcessRuleViolation(REVIEW_COMMENT.name(), messages.get("scheme.review.commentRequired"));
    }
    if (comment != null && Characters.count(comment) > COMMENT_MAX) {
      throw new ProcessRuleViolation(REVIEW_COMMENT.name(), messages.get("scheme.review.commentTooLong", COMMENT_MAX));
    }
    if (RETURN.equals(decision)) {
      schemes.returnWith(execution.getProcessInstanceId(),
          ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"), comment);
    }
  }
}
