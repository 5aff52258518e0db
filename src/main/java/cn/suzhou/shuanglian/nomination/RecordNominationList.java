package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-07, P-08, P-12(2), P-13, P-18: when the city bureau completes 拟定初步名单, every row is checked
 * by the eligibility table (never graded 不合格, not twice on the list, a P-08 source unit, P-07
 * conditions attested); all problems come back at once and nothing is written. Provincial
 * commissioners are kept and marked.
 */
@Component("recordNominationList")
public class RecordNominationList implements ExecutionListener {

  private final NominationService nominations;
  private final ListRows rows;

  public RecordNominationList(NominationService nominations, ListRows rows) {
    this.nominations = nominations;
    this.rows = rows;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.isCanceled()) {
      return;
    }
    Nomination nomination = nominations.get(new VariableReader(execution).number(NOMINATION_ID));
    nominations.replaceList(nomination, rows.read(NOMINEES, execution.getVariable(NOMINEES), NominationRow.class),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    execution.setVariables(nominations.draftVariables(nomination));
    execution.setVariable(DRAFT_NOTES, null);
  }
}
