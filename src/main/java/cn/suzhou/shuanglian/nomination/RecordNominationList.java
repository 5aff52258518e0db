package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.ATTEST_ALL;
import static cn.suzhou.shuanglian.nomination.NominationContract.DRAFT_NOTES;
import static cn.suzhou.shuanglian.nomination.NominationContract.NOMINEES;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
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
  private final NominationCases cases;
  private final ListRows rows;

  public RecordNominationList(NominationService nominations, NominationCases cases, ListRows rows) {
    this.nominations = nominations;
    this.cases = cases;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Nomination nomination = cases.of(execution);
    // the submitted list as it came (Json, JSON text or a list from REST)
    List<NominationRow> list = rows.read(NOMINEES.name(), NOMINEES.raw(execution), NominationRow.class);
    if (Boolean.TRUE.equals(ATTEST_ALL.from(execution))) {
      // one declaration for the whole list, recorded per person as if each row were ticked
      list = list.stream().map(r -> r == null ? null : new NominationRow(r.commissionerId(), r.name(),
          r.sourceUnitName(), r.industryGroupName(), true, r.provincial())).toList();
    }
    nominations.replaceList(nomination, list, cases.actor(execution).userId());
    ATTEST_ALL.remove(execution);
    cases.showDraft(execution, nominations.draft(nomination));
    DRAFT_NOTES.set(execution, null);
  }
}
