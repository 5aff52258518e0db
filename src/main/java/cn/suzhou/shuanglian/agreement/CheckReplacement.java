package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementSigningContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-02, P-07, P-08: the city's replacement for the case's declined agreement is eligible, released
 * and free (the case then opens the replacement's agreement); closing without one is allowed only
 * while the district keeps its minimum.
 */
@Component("checkReplacement")
public class CheckReplacement extends CompletionCheck {

  private final AgreementService agreements;
  private final Messages messages;

  public CheckReplacement(AgreementService agreements, Messages messages) {
    this.agreements = agreements;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Long replacementId;
    try {
      replacementId = REPLACEMENT_COMMISSIONER_ID.from(execution);
    } catch (NumberFormatException e) {
      throw new ProcessRuleViolation(REPLACEMENT_COMMISSIONER_ID.name(), messages.get("agreement.replace.unknown",
          String.valueOf(REPLACEMENT_COMMISSIONER_ID.raw(execution)).strip()));
    }
    REPLACED.set(execution, agreements.replace(execution.getProcessInstanceId(), REPLACEMENT_DECISION.from(execution),
        replacementId, CONDITIONS_ATTESTED.from(execution), SOURCE_UNIT_RELEASED.from(execution),
        NO_REPLACEMENT_REASON.from(execution)));
  }
}
