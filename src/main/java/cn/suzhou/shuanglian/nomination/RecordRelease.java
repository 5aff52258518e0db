package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.RELEASES;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-08: a source unit answers for each of its staff on the list — released, or refused with a
 * reason the city reads; every row checked, nothing written when one is wrong. The unit is the one
 * recorded for this task when it was opened, and the authenticated user must belong to it.
 */
@Component("recordRelease")
public class RecordRelease extends CompletionCheck {

  private final NominationService nominations;
  private final NominationCases cases;
  private final ListRows rows;

  public RecordRelease(NominationService nominations, NominationCases cases, ListRows rows) {
    this.nominations = nominations;
    this.cases = cases;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    nominations.recordReleases(cases.of(execution), execution.getActivityInstanceId(), cases.actor(execution),
        rows.read(RELEASES.name(), RELEASES.raw(execution), ReleaseRow.class));
  }
}
