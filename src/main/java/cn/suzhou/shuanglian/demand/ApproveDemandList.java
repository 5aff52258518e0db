package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.demand.DemandReview.Decision;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-12(1): the city bureau approved (审定) the district's list; its demands are approved for the round. */
@Component("approveDemandList")
public class ApproveDemandList implements JavaDelegate {

  private final DemandCollectionService collections;

  public ApproveDemandList(DemandCollectionService collections) {
    this.collections = collections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    DemandCollection collection = collections.get(in.number(COLLECTION_ID));
    collections.decide(collection, Decision.APPROVE, in.text(REVIEW_COMMENT), in.text(REVIEWER_USER_ID));
    execution.setVariable(REVIEW_HISTORY, collections.reviewHistory(collection));
  }
}
