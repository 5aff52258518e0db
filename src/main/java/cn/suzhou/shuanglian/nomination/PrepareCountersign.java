package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * P-03: one co-department's countersign task gets its name and empty answer fields local to its
 * execution, so the four departments' parallel answers neither overwrite nor pre-fill each other.
 */
@Component("prepareCountersign")
public class PrepareCountersign implements ExecutionListener {

  private final NominationService nominations;

  public PrepareCountersign(NominationService nominations) {
    this.nominations = nominations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, Object> local = new HashMap<>();
    local.put(DEPARTMENT_NAME, nominations.departmentName(new VariableReader(execution).text(DEPARTMENT)));
    local.put(COUNTERSIGN_DECISION, null);
    local.put(COUNTERSIGN_COMMENT, null);
    execution.setVariablesLocal(local);
  }
}
