package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-10: when the district completes 服务单位筛选, its list becomes the round's service units of the
 * case's collection — every row checked (credit code, policy compliance, lawful operation, scale and
 * potential, and the enterprise's own consent: no consent, no service unit), all problems reported at
 * once, nothing written when there is one. The list written back shows the contact phones masked.
 */
@Component("recordServiceUnits")
public class RecordServiceUnits extends CompletionCheck {

  private final DemandCollectionService collections;
  private final DemandCollectionMirror mirror;
  private final ListRows rows;

  public RecordServiceUnits(DemandCollectionService collections, DemandCollectionMirror mirror, ListRows rows) {
    this.collections = collections;
    this.mirror = mirror;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    DemandCollection collection = collections.ofCase(execution.getProcessInstanceId());
    // as submitted: Json from the form, or JSON text or a list from REST integrators
    Object submitted = SERVICE_UNITS.raw(execution);
    collections.replaceServiceUnits(collection, rows.read(SERVICE_UNITS.name(), submitted, ServiceUnitRow.class),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    mirror.show(execution, collections.lists(collection));
  }
}
