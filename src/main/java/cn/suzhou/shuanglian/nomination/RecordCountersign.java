package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.COUNTERSIGN_COMMENT;
import static cn.suzhou.shuanglian.nomination.NominationContract.COUNTERSIGN_DECISION;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-03: records a co-department's countersignature; an objection needs the reason the city will
 * read. The department is the one recorded for this task when it was opened, and the authenticated
 * user must belong to it.
 */
@Component("recordCountersign")
public class RecordCountersign extends CompletionCheck {

  private final NominationService nominations;
  private final NominationCases cases;

  public RecordCountersign(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  protected void check(DelegateExecution execution) {
    nominations.countersign(cases.of(execution), execution.getActivityInstanceId(), cases.actor(execution),
        COUNTERSIGN_DECISION.from(execution), COUNTERSIGN_COMMENT.from(execution));
  }
}
