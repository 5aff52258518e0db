package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-03: an objection by any co-department returns the list to the city bureau with the reasons. */
@Component("summariseCountersign")
public class SummariseCountersign implements JavaDelegate {

  private final NominationService nominations;

  public SummariseCountersign(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Nomination nomination = nominations.get(new VariableReader(execution).number(NOMINATION_ID));
    String objections = nominations.objections(nomination);
    boolean anyObjection = !objections.isEmpty();
    execution.setVariable(ANY_OBJECTION, anyObjection);
    if (anyObjection) {
      nomination.moveTo(NominationStatus.DRAFT);
      execution.setVariables(nominations.draftVariables(nomination));
      execution.setVariable(DRAFT_NOTES, objections);
    }
  }
}
