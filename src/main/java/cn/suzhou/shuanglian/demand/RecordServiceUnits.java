package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * P-10: when the district completes 服务单位筛选, its list becomes the round's service units — every
 * row checked (credit code, policy compliance, lawful operation, scale and potential, and the
 * enterprise's own consent: no consent, no service unit), all problems reported at once, nothing
 * written when there is one.
 */
@Component("recordServiceUnits")
public class RecordServiceUnits implements TaskListener {

  private final DemandCollectionService collections;
  private final ListVariableRows rows;

  public RecordServiceUnits(DemandCollectionService collections, ListVariableRows rows) {
    this.collections = collections;
    this.rows = rows;
  }

  @Override
  public void notify(DelegateTask task) {
    DemandCollection collection = collections.get(new VariableReader(task).number(COLLECTION_ID));
    collections.replaceServiceUnits(collection,
        rows.read(SERVICE_UNITS, task.getVariable(SERVICE_UNITS), ServiceUnitRow.class),
        ProcessActors.currentUserId(task.getProcessEngineServices(), task.getAssignee()));
    task.getExecution().setVariables(collections.listVariables(collection));
  }
}
