package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code serviceRecord} (服务记录, P-06, P-09, P-14, P-15): the only place its
 * variable names are written. Who logs is the authenticated user (a city official may name a
 * dispatch, {@link #DISPATCH_ID}, over REST); the record a case is about is the
 * {@code service_record} row linked to the process instance — the variables below only mirror it for
 * Tasklist. The commissioner never confirms their own record (P-15).
 */
@Component
public class ServiceRecordContract implements ProcessContract {

  public static final String PROCESS_KEY = "serviceRecord";

  // start form (and REST start)
  public static final Var<String> SERVICE_TYPE = Var.text("serviceType");
  public static final Var<LocalDate> START_DATE = Var.date("startDate");
  public static final Var<LocalDate> END_DATE = Var.date("endDate");
  public static final Var<Long> DAYS = Var.whole("days");
  public static final Var<String> CREDIT_CODE = Var.text("creditCode");
  public static final Var<String> SUMMARY = Var.text("summary");
  /** REST only: the city bureau files for this dispatch; a commissioner may name only their own. */
  public static final Var<Long> DISPATCH_ID = Var.whole("dispatchId");

  // case context for Tasklist, mirrored from the service_record row (rules read the row)
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> ENTERPRISE_NAME = Var.text("enterpriseName");
  public static final Var<String> SERVICE_TYPE_LABEL = Var.text("serviceTypeLabel");
  public static final Var<Long> SERVICE_YEAR = Var.whole("serviceYear");
  /** The commissioner's login: assignee of the dispute notice. */
  public static final Var<String> COMMISSIONER_USER_ID = Var.text("commissionerUserId");
  /** The enterprise contact's login, or null when the enterprise has none. */
  public static final Var<String> CONFIRMER_USER_ID = Var.text("confirmerUserId");
  /** The district group confirming on behalf of an enterprise without a login, else null. */
  public static final Var<String> CONFIRMER_GROUP_ID = Var.text("confirmerGroupId");
  public static final Var<Date> CONFIRM_DUE_DATE = Var.time("confirmDueDate");

  // 服务单位确认
  public static final String CONFIRM_TASK = "Activity_ConfirmServiceRecord";
  public static final Var<String> RECORD_DECISION = Var.text("recordDecision");
  public static final Var<String> DISPUTE_REASON = Var.text("disputeReason");
  /** Who answered (mirror of the row's answered_by). */
  public static final Var<String> ANSWERED_BY = Var.text("answeredBy");
  public static final String CONFIRM = "CONFIRM";
  public static final String DISPUTE = "DISPUTE";

  // 知悉服务记录异议
  public static final String ACKNOWLEDGE_TASK = "Activity_AcknowledgeDispute";
  public static final Var<Boolean> DISPUTE_ACKNOWLEDGED = Var.flag("disputeAcknowledged");

  public static final String CONFIRMED_END = "EndEvent_Confirmed";
  public static final String DISPUTED_END = "EndEvent_Disputed";

  private final ServiceRecordRepository records;

  public ServiceRecordContract(ServiceRecordRepository records) {
    this.records = records;
  }

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, APPLICANT_NAME, ENTERPRISE_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public StartSpec start() {
    return StartSpec.form("service-record-start", SERVICE_TYPE, START_DATE, END_DATE, DAYS, CREDIT_CODE, SUMMARY)
        .andApiOnly(DISPATCH_ID);
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(CONFIRM_TASK, "service-record-confirm", RECORD_DECISION, DISPUTE_REASON).showing(SUMMARY),
        UserTask.of(ACKNOWLEDGE_TASK, "service-record-disputed", DISPUTE_ACKNOWLEDGED).showing(DISPUTE_REASON));
  }

  /** P-15: the service unit confirms the commissioner's service, never the commissioner (or whoever logged it). */
  @Override
  public Set<String> excludedWorkers(String processInstanceId, String taskKey) {
    if (!CONFIRM_TASK.equals(taskKey)) {
      return Set.of();
    }
    return records.findWithDispatchByProcessInstanceId(processInstanceId)
        .map(ServiceRecordService::mayNotConfirm).orElse(Set.of());
  }
}
