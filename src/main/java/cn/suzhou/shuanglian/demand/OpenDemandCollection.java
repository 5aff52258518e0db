package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.demand.CallingRounds.CallingRound;
import cn.suzhou.shuanglian.demand.DemandCollectionService.Lists;
import cn.suzhou.shuanglian.platform.process.CaseReaders;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): opens a district's demand collection for the round — the record its lists hang on, linked
 * to this case — and gives the district's tasks their title, due date and lists. The round is the
 * one whose case called this one, the district the one the round named in the case's business key;
 * no variable passed in decides either. Before anything is screened, the service-unit list starts
 * from the enterprises registered for the district, with the screening facts and the enterprise's
 * consent left unticked for the district to establish (P-10).
 */
@Component("openDemandCollection")
public class OpenDemandCollection implements JavaDelegate {

  private final DemandCollectionService collections;
  private final DemandCollectionMirror mirror;
  private final DemandCollectionSchedule schedule;
  private final CallingRounds rounds;
  private final CaseReaders caseReaders;

  public OpenDemandCollection(DemandCollectionService collections, DemandCollectionMirror mirror,
      DemandCollectionSchedule schedule, CallingRounds rounds, CaseReaders caseReaders) {
    this.collections = collections;
    this.mirror = mirror;
    this.schedule = schedule;
    this.rounds = rounds;
    this.caseReaders = caseReaders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    CallingRound round = rounds.ofCalledCase(execution);
    DemandCollection collection = collections.open(round, execution.getProcessBusinessKey(),
        execution.getProcessInstanceId());
    String districtName = collection.getDistrict().getName();
    COLLECTION_ID.set(execution, collection.getId());
    DISTRICT_NAME.set(execution, districtName);
    CASE_TITLE.set(execution, round.year() + "年需求征集：" + districtName);
    COLLECTION_DUE_DATE.set(execution, schedule.deadlineAt(round.collectionDeadline()));
    Lists lists = collections.lists(collection);
    mirror.show(execution, lists);
    if (lists.serviceUnitCount() == 0) {
      mirror.showCandidates(execution, collections.candidateRows(collection.getDistrict()));
    }
    caseReaders.grant(execution.getProcessInstanceId(), collection.getDistrict().groupId());
  }
}
