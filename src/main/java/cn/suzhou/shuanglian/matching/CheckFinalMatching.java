package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingContract.MATCHES;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-01, P-02: when the city bureau finalises the matching — in Tasklist or over REST — whatever it
 * changed is checked again: every commissioner of the final list in exactly one of the round's
 * districts, every district at least its minimum, the round at least its total. A violation is
 * refused naming the district, and nothing is written.
 */
@Component("checkFinalMatching")
public class CheckFinalMatching extends CompletionCheck {

  private final MatchingCases cases;
  private final MatchingService matching;
  private final ListRows rows;

  public CheckFinalMatching(MatchingCases cases, MatchingService matching, ListRows rows) {
    this.cases = cases;
    this.matching = matching;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    // the submitted list as it came (Json, JSON text or a list from REST)
    matching.finalise(cases.roundOf(execution),
        rows.read(MATCHES.name(), MATCHES.raw(execution), MatchRow.class));
  }
}
