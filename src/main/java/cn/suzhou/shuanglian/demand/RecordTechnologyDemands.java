package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * P-12(1), P-06, P-09: when the district completes 技术需求征集, its list becomes the round's
 * technology demands — each tied to one of its screened service units, with a unique title, an
 * industry group, a category, a type, a description and the cooperation sought; all problems
 * reported at once, nothing written when there is one.
 */
@Component("recordTechnologyDemands")
public class RecordTechnologyDemands implements TaskListener {

  private final DemandCollectionService collections;
  private final ListVariableRows rows;

  public RecordTechnologyDemands(DemandCollectionService collections, ListVariableRows rows) {
    this.collections = collections;
    this.rows = rows;
  }

  @Override
  public void notify(DelegateTask task) {
    DemandCollection collection = collections.get(new VariableReader(task).number(COLLECTION_ID));
    collections.replaceDemands(collection, rows.read(DEMANDS, task.getVariable(DEMANDS), DemandRow.class),
        ProcessActors.currentUserId(task.getProcessEngineServices(), task.getAssignee()));
    task.getExecution().setVariables(collections.listVariables(collection));
  }
}
