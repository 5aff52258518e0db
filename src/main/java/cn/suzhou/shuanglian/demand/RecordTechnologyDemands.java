package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ListRows;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-12(1), P-06, P-09: when the district completes 技术需求征集, its list becomes the round's
 * technology demands of the case's collection — each tied to one of its screened service units, with
 * a unique title, an industry group, a category, a type, a description and the cooperation sought;
 * all problems reported at once, nothing written when there is one.
 */
@Component("recordTechnologyDemands")
public class RecordTechnologyDemands extends CompletionCheck {

  private final DemandCollectionService collections;
  private final DemandCollectionMirror mirror;
  private final ListRows rows;

  public RecordTechnologyDemands(DemandCollectionService collections, DemandCollectionMirror mirror, ListRows rows) {
    this.collections = collections;
    this.mirror = mirror;
    this.rows = rows;
  }

  @Override
  protected void check(DelegateExecution execution) {
    DemandCollection collection = collections.ofCase(execution.getProcessInstanceId());
    // as submitted: Json from the form, or JSON text or a list from REST integrators
    Object submitted = DEMANDS.raw(execution);
    collections.replaceDemands(collection, rows.read(DEMANDS.name(), submitted, DemandRow.class),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    mirror.show(execution, collections.lists(collection));
  }
}
