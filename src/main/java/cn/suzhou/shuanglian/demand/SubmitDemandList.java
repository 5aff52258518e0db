package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): submits the case's list to the City S&T Bureau for 审定 — at least one service unit and
 * one demand — and prepares the tables the bureau reviews and its due date. Who submits is the user
 * who completed 技术需求征集.
 */
@Component("submitDemandList")
public class SubmitDemandList implements JavaDelegate {

  private final DemandCollectionService collections;
  private final DemandCollectionMirror mirror;
  private final DemandCollectionSchedule schedule;

  public SubmitDemandList(DemandCollectionService collections, DemandCollectionMirror mirror,
      DemandCollectionSchedule schedule) {
    this.collections = collections;
    this.mirror = mirror;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DemandCollection collection = collections.ofCase(execution.getProcessInstanceId());
    collections.submit(collection, ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
    mirror.showForReview(execution, collections.reviewTables(collection));
    REVIEW_DUE_DATE.set(execution, schedule.reviewDueDate());
    REVIEW_DECISION.remove(execution);
    REVIEW_COMMENT.remove(execution);
  }
}
