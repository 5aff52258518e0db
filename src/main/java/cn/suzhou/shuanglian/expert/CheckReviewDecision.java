package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-20: the city bureau's review of an expert application must decide (approve or reject), and a
 * rejection must give the reason the applicant will read. Records who decided.
 */
@Component("checkReviewDecision")
public class CheckReviewDecision extends CompletionCheck {

  private final Messages messages;

  public CheckReviewDecision(Messages messages) {
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String decision = in.text(REVIEW_DECISION);
    if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
      throw new ProcessRuleViolation(REVIEW_DECISION, messages.get("expert.review.decisionRequired"));
    }
    if (REJECT.equals(decision) && in.text(REJECTION_REASON) == null) {
      throw new ProcessRuleViolation(REJECTION_REASON, messages.get("expert.review.reasonRequired"));
    }
    execution.setVariable(REVIEWER_USER_ID, ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
