package cn.suzhou.shuanglian.misconduct;

import static cn.suzhou.shuanglian.misconduct.MisconductContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-17 (按照有关规定处理), P-18 (the bar): the city's decision must confirm or dismiss the report with a
 * reason the reporter and the source unit will read; a confirmation names the measure (终止派驻 or
 * 批评教育); a dismissal takes no measure and no bar. Every problem is named by field; the decision is
 * applied by the next step ({@link ApplyMisconductDecision}) in the same transaction.
 */
@Component("checkMisconductDecision")
public class CheckMisconductDecision extends CompletionCheck {

  static final int REASON_MAX = 2000;

  private final Messages messages;

  public CheckMisconductDecision(Messages messages) {
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    List<Problem> problems = new ArrayList<>();
    String decision = DECISION.from(execution);
    if (!CONFIRM.equals(decision) && !DISMISS.equals(decision)) {
      problems.add(new Problem(DECISION.name(), messages.get("misconduct.decision.decisionRequired")));
    }
    if (CONFIRM.equals(decision)) {
      String measure = MEASURE.from(execution);
      if (!MisconductMeasure.TERMINATE_DISPATCH.name().equals(measure)
          && !MisconductMeasure.CRITICISM.name().equals(measure)) {
        problems.add(new Problem(MEASURE.name(), messages.get("misconduct.decision.measureRequired")));
      }
    } else if (DISMISS.equals(decision) && BAR.from(execution)) {
      problems.add(new Problem(BAR.name(), messages.get("misconduct.decision.barWhenDismissed")));
    }
    String reason = DECISION_REASON.from(execution);
    if (reason == null) {
      problems.add(new Problem(DECISION_REASON.name(), messages.get("misconduct.decision.reasonRequired")));
    } else if (Characters.count(reason) > REASON_MAX) {
      problems.add(new Problem(DECISION_REASON.name(), messages.get("misconduct.decision.reasonTooLong", REASON_MAX)));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
  }
}
