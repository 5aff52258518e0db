package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-12(1): the city bureau's 审定 must decide — approve or return — and a return must say what the
 * district is to change (the district reads it). Records who decided.
 */
@Component("checkDemandReview")
public class CheckDemandReview extends CompletionCheck {

  private final Messages messages;

  public CheckDemandReview(Messages messages) {
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String decision = in.text(REVIEW_DECISION);
    if (!APPROVE.equals(decision) && !RETURN.equals(decision)) {
      throw new ProcessRuleViolation(REVIEW_DECISION, messages.get("demand.review.decisionRequired"));
    }
    String comment = in.text(REVIEW_COMMENT);
    if (RETURN.equals(decision) && comment == null) {
      throw new ProcessRuleViolation(REVIEW_COMMENT, messages.get("demand.review.commentRequired"));
    }
    if (comment != null && comment.length() > 1000) {
      throw new ProcessRuleViolation(REVIEW_COMMENT, messages.get("demand.review.commentTooLong", 1000));
    }
    execution.setVariable(REVIEWER_USER_ID, ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
