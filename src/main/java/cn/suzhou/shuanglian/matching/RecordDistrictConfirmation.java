package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingContract.CONFIRMATION_COMMENT;
import static cn.suzhou.shuanglian.matching.MatchingContract.CONFIRMATION_DECISION;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-11: a district confirms its part of the proposal, or asks the city for changes with a reason.
 * The district is the one recorded for this task when it was opened; the authenticated official must
 * belong to it.
 */
@Component("recordDistrictConfirmation")
public class RecordDistrictConfirmation extends CompletionCheck {

  private final MatchingCases cases;
  private final MatchingService matching;

  public RecordDistrictConfirmation(MatchingCases cases, MatchingService matching) {
    this.cases = cases;
    this.matching = matching;
  }

  @Override
  protected void check(DelegateExecution execution) {
    matching.confirm(cases.roundOf(execution), execution.getActivityInstanceId(), cases.actor(execution),
        CONFIRMATION_DECISION.from(execution), CONFIRMATION_COMMENT.from(execution));
  }
}
