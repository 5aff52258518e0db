package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-12(1): the city bureau's 审定 must decide — approve or return — and a return must say what the
 * district is to change (the district reads it). Who decided is the authenticated user completing
 * the task, recorded by {@link ApproveDemandList} / {@link ReturnDemandList} in the same transaction.
 */
@Component("checkDemandReview")
public class CheckDemandReview extends CompletionCheck {

  private final Messages messages;

  public CheckDemandReview(Messages messages) {
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String decision = REVIEW_DECISION.from(execution);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw new ProcessRuleViolation(REVIEW_DECISION.name(), messages.get("demand.review.decisionRequired"));
    }
    String comment = REVIEW_COMMENT.from(execution);
    if (RETURN.equals(decision) && comment == null) {
      throw new ProcessRuleViolation(REVIEW_COMMENT.name(), messages.get("demand.review.commentRequired"));
    }
    if (comment != null && Characters.count(comment) > 1000) {
      throw new ProcessRuleViolation(REVIEW_COMMENT.name(), messages.get("demand.review.commentTooLong", 1000));
    }
  }
}
