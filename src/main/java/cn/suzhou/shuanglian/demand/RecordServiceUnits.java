package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-10: when the district completes 服务单位筛选, its list becomes the round's service units — every
 * row checked (credit code, policy compliance, lawful operation, scale and potential, and the
 * enterprise's own consent: no consent, no service unit), all problems reported at once, nothing
 * written when there is one.
 */
@Component("recordServiceUnits")
public class RecordServiceUnits extends CompletionCheck {

  private final DemandCollectionService collections;
  private final ListRows rows;

  public RecordServiceUnits(DemandCollectionService collections, ListRows rows) {
    this.collections = collections;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    DemandCollection collection = collections.get(new VariableReader(execution).number(COLLECTION_ID));
    collections.replaceServiceUnits(collection,
        rows.read(SERVICE_UNITS, execution.getVariable(SERVICE_UNITS), ServiceUnitRow.class),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    execution.setVariables(collections.listVariables(collection));
  }
}
