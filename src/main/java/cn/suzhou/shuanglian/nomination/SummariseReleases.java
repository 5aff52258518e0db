package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.ANY_REFUSED;
import static cn.suzhou.shuanglian.nomination.NominationContract.DRAFT_NOTES;
import static cn.suzhou.shuanglian.nomination.NominationContract.NOMINEES_TABLE;

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
  private final NominationCases cases;

  public SummariseReleases(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = cases.of(execution);
    String refusals = nominations.newRefusals(nomination);
    boolean anyRefused = !refusals.isEmpty();
    ANY_REFUSED.set(execution, anyRefused);
    if (anyRefused) {
      cases.showDraft(execution, nominations.draft(nomination));
      DRAFT_NOTES.set(execution, refusals);
      nomination.moveTo(NominationStatus.DRAFT);
    } else {
      nomination.nextCountersignAttempt();
      nomination.moveTo(NominationStatus.COUNTERSIGNING);
      NOMINEES_TABLE.set(execution, cases.json(nominations.nomineesTable(nomination)));
    }
  }
}
