package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
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

  public CheckNominationCapacity(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = nominations.get(new VariableReader(execution).number(NOMINATION_ID));
    NominationService.Capacity capacity = nominations.capacity(nomination);
    execution.setVariable(CAPACITY_OK, capacity.ok());
    if (capacity.ok()) {
      nomination.moveTo(NominationStatus.RELEASING);
    } else {
      execution.setVariable(DRAFT_NOTES, capacity.notes());
    }
  }
}
