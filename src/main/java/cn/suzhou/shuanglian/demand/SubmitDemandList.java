package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): submits the district's list to the City S&T Bureau for 审定 — at least one service unit
 * and one demand — and prepares the tables the bureau reviews and its due date.
 */
@Component("submitDemandList")
public class SubmitDemandList implements JavaDelegate {

  private final DemandCollectionService collections;
  private final DemandCollectionSchedule schedule;

  public SubmitDemandList(DemandCollectionService collections, DemandCollectionSchedule schedule) {
    this.collections = collections;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DemandCollection collection = collections.get(new VariableReader(execution).number(COLLECTION_ID));
    collections.submit(collection, ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    execution.setVariables(collections.reviewVariables(collection));
    execution.setVariable(REVIEW_DUE_DATE, schedule.reviewDueDate());
    execution.removeVariable(REVIEW_DECISION);
    execution.removeVariable(REVIEW_COMMENT);
  }
}
