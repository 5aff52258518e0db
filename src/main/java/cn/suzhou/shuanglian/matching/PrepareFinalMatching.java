package cn.suzhou.shuanglian.matching;

import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_COUNTS;
import static cn.suzhou.shuanglian.matching.MatchingContract.DISTRICT_REQUESTS;
import static cn.suzhou.shuanglian.matching.MatchingContract.MATCHES;
import static cn.suzhou.shuanglian.matching.MatchingContract.MIN_PER_DISTRICT;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-11: gives the city bureau's final task every pair, the counts per district and the districts' answers. */
@Component("prepareFinalMatching")
public class PrepareFinalMatching implements ExecutionListener {

  private final MatchingCases cases;
  private final MatchingService matching;

  public PrepareFinalMatching(MatchingCases cases, MatchingService matching) {
    this.cases = cases;
    this.matching = matching;
  }

  @Override
  public void notify(DelegateExecution execution) {
    MatchingService.FinalView view = matching.finalView(cases.roundOf(execution));
    MATCHES.set(execution, cases.json(view.matches()));
    DISTRICT_COUNTS.set(execution, cases.json(view.counts()));
    DISTRICT_REQUESTS.set(execution, view.requests());
    MIN_PER_DISTRICT.set(execution, (long) view.minPerDistrict());
  }
}
