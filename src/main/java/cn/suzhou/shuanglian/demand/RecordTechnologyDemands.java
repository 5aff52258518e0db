package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-12(1), P-06, P-09: when the district completes 技术需求征集, its list becomes the round's
 * technology demands — each tied to one of its screened service units, with a unique title, an
 * industry group, a category, a type, a description and the cooperation sought; all problems
 * reported at once, nothing written when there is one.
 */
@Component("recordTechnologyDemands")
public class RecordTechnologyDemands extends CompletionCheck {

  private final DemandCollectionService collections;
  private final ListRows rows;

  public RecordTechnologyDemands(DemandCollectionService collections, ListRows rows) {
    this.collections = collections;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    DemandCollection collection = collections.get(new VariableReader(execution).number(COLLECTION_ID));
    collections.replaceDemands(collection, rows.read(DEMANDS, execution.getVariable(DEMANDS), DemandRow.class),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    execution.setVariables(collections.listVariables(collection));
  }
}
