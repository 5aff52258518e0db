package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-15: the service unit's answer to a service record — confirm or dispute, a dispute with the
 * reason the commissioner will read — is recorded on the record with who answered and when; only
 * confirmed days count.
 */
@Component("checkServiceRecordAnswer")
public class CheckServiceRecordAnswer extends CompletionCheck {

  static final int REASON_MAX = 1000;

  private final ServiceRecordService serviceRecords;
  private final Messages messages;

  public CheckServiceRecordAnswer(ServiceRecordService serviceRecords, Messages messages) {
    this.serviceRecords = serviceRecords;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String decision = in.text(RECORD_DECISION);
    if (!CONFIRM.equals(decision) && !DISPUTE.equals(decision)) {
      throw new ProcessRuleViolation(RECORD_DECISION, messages.get("serviceRecord.answer.decisionRequired"));
    }
    String reason = in.text(DISPUTE_REASON);
    if (DISPUTE.equals(decision)) {
      if (reason == null) {
        throw new ProcessRuleViolation(DISPUTE_REASON, messages.get("serviceRecord.answer.reasonRequired"));
      }
      if (reason.length() > REASON_MAX) {
        throw new ProcessRuleViolation(DISPUTE_REASON, messages.get("serviceRecord.answer.reasonTooLong", REASON_MAX));
      }
    }
    String userId = ProcessActors.currentUserId(execution.getProcessEngineServices(), "system");
    serviceRecords.answer(in.number(SERVICE_RECORD_ID), CONFIRM.equals(decision), reason, userId);
    execution.setVariable(ANSWERED_BY, userId);
  }
}
