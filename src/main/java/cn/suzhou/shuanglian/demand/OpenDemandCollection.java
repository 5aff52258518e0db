package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionVariables.*;

import cn.suzhou.shuanglian.platform.process.CaseReaders;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(1): opens a district's demand collection for the round — the record its lists hang on — and
 * gives the district's tasks their title, due date and lists. Before anything is screened, the
 * service-unit list starts from the enterprises registered for the district, with the screening
 * facts and the enterprise's consent left unticked for the district to establish (P-10).
 */
@Component("openDemandCollection")
public class OpenDemandCollection implements JavaDelegate {

  private final DemandCollectionService collections;
  private final DemandCollectionSchedule schedule;
  private final CaseReaders caseReaders;

  public OpenDemandCollection(DemandCollectionService collections, DemandCollectionSchedule schedule,
      CaseReaders caseReaders) {
    this.collections = collections;
    this.schedule = schedule;
    this.caseReaders = caseReaders;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    DemandCollection collection = collections.open(in.number(ROUND_ID), in.text(DISTRICT_CODE),
        execution.getProcessInstanceId());
    String districtName = collection.getDistrict().getName();
    execution.setVariable(COLLECTION_ID, collection.getId());
    execution.setVariable(DISTRICT_NAME, districtName);
    execution.setVariable(CASE_TITLE, collection.getRound().getRoundYear() + "年需求征集：" + districtName);
    execution.setVariable(COLLECTION_DUE_DATE, schedule.deadlineAt(in.text(COLLECTION_DEADLINE)));
    Map<String, Object> lists = collections.listVariables(collection);
    execution.setVariables(lists);
    if (((Integer) lists.get("serviceUnitCount")) == 0) {
      execution.setVariable(SERVICE_UNITS, collections.candidateRows(collection.getDistrict()));
    }
    caseReaders.grant(execution.getProcessInstanceId(), collection.getDistrict().groupId());
  }
}
