package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.demand.DemandReview.Decision;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): the city bureau returned the case's list with comments; the comments are kept with every
 * earlier round of them, and the list goes back to the district to revise and resubmit. Runs in the
 * transaction of the review's completion: the reviewer is the user who completed it.
 */
@Component("returnDemandList")
public class ReturnDemandList implements JavaDelegate {

  private final DemandCollectionService collections;
  private final DemandCollectionMirror mirror;

  public ReturnDemandList(DemandCollectionService collections, DemandCollectionMirror mirror) {
    this.collections = collections;
    this.mirror = mirror;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DemandCollection collection = collections.ofCase(execution.getProcessInstanceId());
    collections.decide(collection, Decision.RETURN, REVIEW_COMMENT.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    mirror.show(execution, collections.lists(collection));
    REVIEW_DECISION.remove(execution);
    REVIEW_COMMENT.remove(execution);
  }
}
