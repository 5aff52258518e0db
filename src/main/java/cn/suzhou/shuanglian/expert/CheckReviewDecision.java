package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * P-20: the city bureau's review of an expert application must decide (approve or reject), and a
 * rejection must give the reason the applicant will read. Records who decided.
 */
@Component("checkReviewDecision")
public class CheckReviewDecision implements TaskListener {

  private final Messages messages;

  public CheckReviewDecision(Messages messages) {
    this.messages = messages;
  }

  @Override
  public void notify(DelegateTask task) {
    VariableReader in = new VariableReader(task);
    String decision = in.text(REVIEW_DECISION);
    if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
      throw new ProcessRuleViolation(REVIEW_DECISION, messages.get("expert.review.decisionRequired"));
    }
    if (REJECT.equals(decision) && in.text(REJECTION_REASON) == null) {
      throw new ProcessRuleViolation(REJECTION_REASON, messages.get("expert.review.reasonRequired"));
    }
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String reviewer = auth != null && auth.getUserId() != null ? auth.getUserId() : task.getAssignee();
    task.setVariable(REVIEWER_USER_ID, reviewer);
  }
}
