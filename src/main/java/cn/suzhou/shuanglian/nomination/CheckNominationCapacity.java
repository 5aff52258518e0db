package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.CAPACITY_OK;
import static cn.suzhou.shuanglian.nomination.NominationContract.DRAFT_NOTES;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-01, P-02: can the list give every district its minimum and the round its total? When not, the
 * list goes back to the city bureau saying which industry groups and districts fall short — a
 * business outcome of the process, not an incident.
 */
@Component("checkNominationCapacity")
public class CheckNominationCapacity implements JavaDelegate {

  private final NominationService nominations;
  private final NominationCases cases;

  public CheckNominationCapacity(NominationService nominations, NominationCases cases) {
    this.nominations = nominations;
    this.cases = cases;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = cases.of(execution);
    NominationService.Capacity capacity = nominations.capacity(nomination);
    CAPACITY_OK.set(execution, capacity.ok());
    if (capacity.ok()) {
      nomination.moveTo(NominationStatus.RELEASING);
    } else {
      DRAFT_NOTES.set(execution, capacity.notes());
    }
  }
}
