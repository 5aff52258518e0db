package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.dispatch.DispatchContract.*;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * P-15: as one party's renewal task opens, records in the domain which party it asks (the engine
 * hands the party to the opening task; nobody holds it yet) and gives the task, locally, the party's
 * name and the grades so far.
 */
@Component("prepareRenewalOpinion")
public class PrepareRenewalOpinion implements ExecutionListener {

  private final DispatchService dispatches;
  private final EvaluationOutcomes evaluations;
  private final ObjectMapper json;

  public PrepareRenewalOpinion(DispatchService dispatches, EvaluationOutcomes evaluations, ObjectMapper json) {
    this.dispatches = dispatches;
    this.evaluations = evaluations;
    this.json = json;
  }

  @Override
  public void notify(DelegateExecution execution) {
    RenewalOpinionTask task = dispatches.openRenewalTask(execution.getProcessInstanceId(), execution.getId(),
        RENEWAL_PARTY.from(execution));
    Dispatch d = dispatches.get(task.getDispatchId());
    PARTY_NAME.setLocal(execution, dispatches.partyName(d, task.getParty()));
    EVALUATIONS.setLocal(execution, Spin.JSON(gradeRows(d)));
    RENEWAL_DECISION.setLocal(execution, null);
    RENEWAL_COMMENT.setLocal(execution, null);
  }

  /** The grades so far, one row per service year (the form's table). */
  private String gradeRows(Dispatch d) {
    List<Map<String, Object>> rows = evaluations.of(d.getId()).stream().map(e -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("serviceYear", e.serviceYear());
      row.put("gradeLabel", e.gradeLabel() == null ? "" : e.gradeLabel());
      row.put("weightedScore", e.weightedScore() == null ? "" : e.weightedScore().toPlainString());
      row.put("confirmedDays", e.confirmedDays());
      return row;
    }).toList();
    try {
      return json.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
