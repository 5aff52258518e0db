package cn.suzhou.shuanglian.matching;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-11: pairs each matched commissioner with one or more of the district's service units. */
@Component("matchServiceUnits")
public class MatchServiceUnits implements JavaDelegate {

  private final MatchingCases cases;
  private final MatchingService matching;

  public MatchServiceUnits(MatchingCases cases, MatchingService matching) {
    this.cases = cases;
    this.matching = matching;
  }

  @Override
  public void execute(DelegateExecution execution) {
    matching.pairServiceUnits(cases.roundOf(execution));
  }
}
