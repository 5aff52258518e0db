package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-03: records a co-department's countersignature; an objection needs the reason the city will read. */
@Component("recordCountersign")
public class RecordCountersign extends CompletionCheck {

  private final NominationService nominations;

  public RecordCountersign(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    nominations.countersign(nominations.get(in.number(NOMINATION_ID)), in.text(DEPARTMENT),
        in.text(COUNTERSIGN_DECISION), in.text(COUNTERSIGN_COMMENT),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
