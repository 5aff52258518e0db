package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-08: after every source unit answered — a refusal takes the person off the list and sends it
 * back to the city bureau with the reasons, to replace them; otherwise the list goes to the
 * co-departments (a new countersign round).
 */
@Component("summariseReleases")
public class SummariseReleases implements JavaDelegate {

  private final NominationService nominations;

  public SummariseReleases(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = nominations.get(new VariableReader(execution).number(NOMINATION_ID));
    String refusals = nominations.newRefusals(nomination);
    boolean anyRefused = !refusals.isEmpty();
    execution.setVariable(ANY_REFUSED, anyRefused);
    if (anyRefused) {
      execution.setVariables(nominations.draftVariables(nomination));
      execution.setVariable(DRAFT_NOTES, refusals);
      nomination.moveTo(NominationStatus.DRAFT);
    } else {
      nomination.nextCountersignAttempt();
      nomination.moveTo(NominationStatus.COUNTERSIGNING);
      execution.setVariable(NOMINEES_TABLE, nominations.nomineesTable(nomination));
    }
  }
}
