package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.evaluation.EvaluationService;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/** P-15: gives one party's renewal task (local to its execution) the party's name and the grades so far. */
@Component("prepareRenewalOpinion")
public class PrepareRenewalOpinion implements ExecutionListener {

  private final DispatchService dispatches;
  private final EvaluationService evaluations;

  public PrepareRenewalOpinion(DispatchService dispatches, EvaluationService evaluations) {
    this.dispatches = dispatches;
    this.evaluations = evaluations;
  }

  @Override
  public void notify(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    Long dispatchId = in.number("dispatchId");
    Map<String, Object> local = new HashMap<>();
    local.put("partyName", dispatches.partyName(dispatchId, in.text("renewalParty")));
    local.put("evaluations", evaluations.gradeRows(dispatchId));
    local.put("renewalDecision", null);
    local.put("renewalComment", null);
    execution.setVariablesLocal(local);
  }
}
