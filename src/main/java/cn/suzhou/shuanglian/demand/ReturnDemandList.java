package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.demand.DemandReview.Decision;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): the city bureau returned the district's list with comments; the comments are kept with
 * every earlier round of them, and the list goes back to the district to revise and resubmit.
 */
@Component("returnDemandList")
public class ReturnDemandList implements JavaDelegate {

  private final DemandCollectionService collections;

  public ReturnDemandList(DemandCollectionService collections) {
    this.collections = collections;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    DemandCollection collection = collections.get(in.number(COLLECTION_ID));
    collections.decide(collection, Decision.RETURN, in.text(REVIEW_COMMENT), in.text(REVIEWER_USER_ID));
    execution.setVariables(collections.listVariables(collection));
    execution.removeVariable(REVIEW_DECISION);
    execution.removeVariable(REVIEW_COMMENT);
  }
}
