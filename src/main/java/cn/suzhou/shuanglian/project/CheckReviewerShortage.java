package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-20: when the pool holds fewer experts without a conflict of interest than a review needs, the city
 * bureau draws again (after admitting experts) or goes ahead with those available — never with none.
 */
@Component("checkReviewerShortage")
public class CheckReviewerShortage extends CompletionCheck {

  private final Messages messages;

  public CheckReviewerShortage(Messages messages) {
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String decision = in.text(SHORTAGE_DECISION);
    if (!REDRAW.equals(decision) && !PROCEED.equals(decision)) {
      throw new ProcessRuleViolation(SHORTAGE_DECISION, messages.get("project.shortage.decisionRequired"));
    }
    Long eligible = in.number(ELIGIBLE_COUNT);
    if (PROCEED.equals(decision) && (eligible == null || eligible < 1)) {
      throw new ProcessRuleViolation(SHORTAGE_DECISION, messages.get("project.shortage.noneEligible"));
    }
  }
}
