package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-02, P-07, P-08: the city's replacement for a declined agreement is eligible, released and free;
 * closing without one is allowed only while the district keeps its minimum.
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
    VariableReader in = new VariableReader(execution);
    Long replacementId;
    try {
      replacementId = in.number(REPLACEMENT_COMMISSIONER_ID);
    } catch (NumberFormatException e) {
      throw new ProcessRuleViolation(REPLACEMENT_COMMISSIONER_ID,
          messages.get("agreement.replace.unknown", in.text(REPLACEMENT_COMMISSIONER_ID)));
    }
    Long matchId = agreements.replace(in.number(AGREEMENT_ID), in.text(REPLACEMENT_DECISION), replacementId,
        in.isTrue(CONDITIONS_ATTESTED), in.isTrue(SOURCE_UNIT_RELEASED), in.text(NO_REPLACEMENT_REASON));
    execution.setVariable(REPLACED, matchId != null);
    if (matchId != null) {
      execution.setVariable(MATCH_ID, matchId);
    }
  }
}
