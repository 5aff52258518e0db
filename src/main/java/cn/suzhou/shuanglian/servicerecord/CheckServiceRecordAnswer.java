package cn.suzhou.shuanglian.servicerecord;

import static cn.suzhou.shuanglian.servicerecord.ServiceRecordContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-15: the service unit's answer — confirm, or dispute with the reason the commissioner will read —
 * recorded by {@link ServiceRecordService#answer} on the record linked to this case (never one a
 * variable names), as the authenticated user. The case's variables are mirrored again from the
 * record, so that the dispute notice goes to the record's commissioner whatever a completion sent.
 */
@Component("checkServiceRecordAnswer")
public class CheckServiceRecordAnswer extends CompletionCheck {

  private final ServiceRecordService serviceRecords;

  public CheckServiceRecordAnswer(ServiceRecordService serviceRecords) {
    this.serviceRecords = serviceRecords;
  }

  @Override
  protected void check(DelegateExecution execution) {
    String userId = ProcessActors.currentUserId(execution.getProcessEngineServices(), null);
    ServiceRecordCase answered = serviceRecords.answer(execution.getProcessInstanceId(),
        RECORD_DECISION.from(execution), DISPUTE_REASON.from(execution), userId);
    ValidateServiceRecord.mirror(execution, answered);
    ANSWERED_BY.set(execution, userId == null ? ServiceRecordService.SYSTEM : userId);
  }
}
