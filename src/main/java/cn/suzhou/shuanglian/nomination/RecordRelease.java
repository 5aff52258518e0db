package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-08: a source unit answers for each of its staff on the list — released, or refused with a
 * reason the city reads; every row checked, nothing written when one is wrong.
 */
@Component("recordRelease")
public class RecordRelease extends CompletionCheck {

  private final NominationService nominations;
  private final ListRows rows;

  public RecordRelease(NominationService nominations, ListRows rows) {
    this.nominations = nominations;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Nomination nomination = nominations.get(in.number(NOMINATION_ID));
    nominations.recordReleases(nomination, in.text(SOURCE_UNIT_CODE),
        rows.read(RELEASES, execution.getVariable(RELEASES), ReleaseRow.class),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
