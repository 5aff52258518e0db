package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-07, P-08, P-12(2), P-13, P-18: when the city bureau completes 拟定初步名单, every row is checked
 * by the eligibility table (never graded 不合格, not twice on the list, a P-08 source unit, P-07
 * conditions attested — per row, or once for the whole list with {@code attestAll}); all problems
 * come back at once and nothing is written. Provincial commissioners are kept and marked.
 */
@Component("recordNominationList")
public class RecordNominationList extends CompletionCheck {

  private final NominationService nominations;
  private final ListRows rows;

  public RecordNominationList(NominationService nominations, ListRows rows) {
    this.nominations = nominations;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Nomination nomination = nominations.get(in.number(NOMINATION_ID));
    List<NominationRow> list = rows.read(NOMINEES, execution.getVariable(NOMINEES), NominationRow.class);
    if (in.isTrue(ATTEST_ALL)) {
      // one declaration for the whole list, recorded per person as if each row were ticked
      list = list.stream().map(r -> r == null ? null : new NominationRow(r.commissionerId(), r.name(),
          r.sourceUnitName(), r.industryGroupName(), true, r.provincial())).toList();
    }
    nominations.replaceList(nomination, list,
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    execution.removeVariable(ATTEST_ALL);
    execution.setVariables(nominations.draftVariables(nomination));
    execution.setVariable(DRAFT_NOTES, null);
  }
}
