package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.RELEASES;
import static cn.suzhou.shuanglian.nomination.NominationContract.SOURCE_UNIT_CODE;
import static cn.suzhou.shuanglian.nomination.NominationContract.SOURCE_UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-08: opens one source unit's release task. The unit is the one the engine has just given this
 * instance from the case's pending source units (its element variable, not yet open to anyone); it
 * must have staff awaiting an answer on this case's list, and is recorded in the domain as the party
 * the task answers for. The staff shown are local to the task's execution, so the source units'
 * parallel answers do not overwrite each other.
 */
@Component("prepareRelease")
public class PrepareRelease implements ExecutionListener {

  private final NominationService nominations;
  private final NominationCases cases;

  public PrepareRelease(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  public void notify(DelegateExecution execution) {
    NominationService.Release release = nominations.askRelease(cases.of(execution), SOURCE_UNIT_CODE.from(execution),
        execution.getActivityInstanceId());
    RELEASES.setLocal(execution, cases.json(release.staff()));
    SOURCE_UNIT_NAME.setLocal(execution, release.sourceUnitName());
  }
}
