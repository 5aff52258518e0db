package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingContract.CONFIRMATION_COMMENT;
import static cn.suzhou.shuanglian.matching.MatchingContract.CONFIRMATION_DECISION;
import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_CODE;
import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_MATCHES;
import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-11: opens one district's confirmation task. The district is the one the engine has just given
 * this instance from the round's districts (its element variable, not yet open to anyone); it must
 * be one of the round's and is recorded in the domain as the district the task answers for. Its part
 * of the proposal and empty answer fields are local to the task's execution.
 */
@Component("prepareDistrictConfirmation")
public class PrepareDistrictConfirmation implements ExecutionListener {

  private final MatchingCases cases;
  private final MatchingService matching;

  public PrepareDistrictConfirmation(MatchingCases cases, MatchingService matching) {
    this.cases = cases;
    this.matching = matching;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MatchingService.Confirmation confirmation = matching.askConfirmation(cases.roundOf(execution),
        DISTRICT_CODE.from(execution), execution.getActivityInstanceId());
    DISTRICT_MATCHES.setLocal(execution, cases.json(confirmation.matches()));
    DISTRICT_NAME.setLocal(execution, confirmation.districtName());
    CONFIRMATION_DECISION.setLocal(execution, null);
    CONFIRMATION_COMMENT.setLocal(execution, null);
  }
}
