package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.ANY_OBJECTION;
import static cn.suzhou.shuanglian.nomination.NominationContract.DRAFT_NOTES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-03: an objection by any co-department returns the list to the city bureau with the reasons. */
@Component("summariseCountersign")
public class SummariseCountersign implements JavaDelegate {

  private final NominationService nominations;
  private final NominationCases cases;

  public SummariseCountersign(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = cases.of(execution);
    String objections = nominations.objections(nomination);
    boolean anyObjection = !objections.isEmpty();
    ANY_OBJECTION.set(execution, anyObjection);
    if (anyObjection) {
      nomination.moveTo(NominationStatus.DRAFT);
      cases.showDraft(execution, nominations.draft(nomination));
      DRAFT_NOTES.set(execution, objections);
    }
  }
}
