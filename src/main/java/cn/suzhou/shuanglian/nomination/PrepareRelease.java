package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-08: gives one source unit's release task its staff on the list. The variables are local to the
 * task's execution, so the source units' parallel answers do not overwrite each other.
 */
@Component("prepareRelease")
public class PrepareRelease implements ExecutionListener {

  private final NominationService nominations;

  public PrepareRelease(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Nomination nomination = nominations.get(in.number(NOMINATION_ID));
    execution.setVariablesLocal(nominations.releaseVariables(nomination, in.text(SOURCE_UNIT_CODE)));
  }
}
