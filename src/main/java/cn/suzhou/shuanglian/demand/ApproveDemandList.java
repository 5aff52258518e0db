package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.demand.DemandReview.Decision;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): the city bureau approved (审定) the case's list; its demands are approved for the round.
 * Runs in the transaction of the review's completion: the reviewer is the user who completed it.
 */
@Component("approveDemandList")
public class ApproveDemandList implements JavaDelegate {

  private final DemandCollectionService collections;

  public ApproveDemandList(DemandCollectionService collections) {
    this.collections = collections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DemandCollection collection = collections.ofCase(execution.getProcessInstanceId());
    collections.decide(collection, Decision.APPROVE, REVIEW_COMMENT.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    REVIEW_HISTORY.set(execution, collections.reviewHistory(collection));
  }
}
