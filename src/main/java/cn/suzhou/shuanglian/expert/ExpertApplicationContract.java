package cn.suzhou.shuanglian.expert;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.process.contract.Var.Mask;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code expertPoolApplication} (专家库入库申请, P-20): the only place its variable
 * names are written. Who applies is the authenticated user (a city official may name a
 * commissioner, {@link #COMMISSIONER_ID}, over REST); the resident ID and phone are personal data,
 * checked against the commissioner at the start and removed from the case right after. The case's
 * truth is its {@code expert_application} row (by process instance id): the variables below only
 * mirror it for Tasklist. The applicant never reviews their own application.
 */
@Component
public class ExpertApplicationContract implements ProcessContract {

  public static final String PROCESS_KEY = "expertPoolApplication";

  // start form (and REST start)
  public static final Var<String> RESIDENT_ID = Var.text("residentId").personal(Mask.RESIDENT_ID);
  public static final Var<String> PHONE = Var.text("phone").personal(Mask.PHONE);
  public static final Var<String> TITLE = Var.text("title");
  public static final Var<String> EXPERTISE = Var.text("expertise");
  public static final Var<List<String>> REVIEW_FIELDS = Var.codes("reviewFields");
  public static final Var<String> ACHIEVEMENTS = Var.text("achievements");
  public static final Var<Boolean> CONSENT = Var.flag("consent");
  /** REST only: the city bureau files for this commissioner (then mirrored: the applicant's id). */
  public static final Var<Long> COMMISSIONER_ID = Var.whole("commissionerId");

  // case context for Tasklist, mirrored from the expert_application row (rules read the row)
  /** Who reads a rejection (assignee of {@link #REJECTION_TASK}). */
  public static final Var<String> APPLICANT_USER_ID = Var.text("applicantUserId");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> SOURCE_UNIT_NAME = Var.text("sourceUnitName");
  public static final Var<String> REVIEW_FIELDS_TEXT = Var.text("reviewFieldsText");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");

  // 审核入库申请
  public static final String REVIEW_TASK = "Activity_ReviewApplication";
  public static final Var<String> REVIEW_DECISION = Var.text("reviewDecision");
  public static final Var<String> REJECTION_REASON = Var.text("rejectionReason");
  public static final Var<String> REVIEW_COMMENT = Var.text("reviewComment");
  public static final String APPROVE = "APPROVE";
  public static final String REJECT = "REJECT";

  // 知悉不予入库原因
  public static final String REJECTION_TASK = "Activity_AcknowledgeRejection";
  public static final Var<Boolean> ACKNOWLEDGED = Var.flag("acknowledged");

  public static final String ADMITTED_END = "EndEvent_Admitted";
  public static final String REJECTED_END = "EndEvent_Rejected";

  private final ExpertApplicationRepository applications;

  public ExpertApplicationContract(ExpertApplicationRepository applications) {
    this.applications = applications;
  }

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, APPLICANT_NAME, SOURCE_UNIT_NAME);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public StartSpec start() {
    return StartSpec.form("expert-application-start", RESIDENT_ID, PHONE, TITLE, EXPERTISE, REVIEW_FIELDS,
        ACHIEVEMENTS, CONSENT).andApiOnly(COMMISSIONER_ID);
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(REVIEW_TASK, "expert-application-review", REVIEW_DECISION, REJECTION_REASON, REVIEW_COMMENT)
            .showing(APPLICANT_NAME, SOURCE_UNIT_NAME, TITLE, EXPERTISE, REVIEW_FIELDS_TEXT, ACHIEVEMENTS),
        UserTask.of(REJECTION_TASK, "expert-application-rejection", ACKNOWLEDGED)
            .showing(CASE_TITLE, REJECTION_REASON));
  }

  /** P-20: nobody reviews their own application. */
  @Override
  public Set<String> excludedWorkers(String processInstanceId, String taskKey) {
    if (!REVIEW_TASK.equals(taskKey)) {
      return Set.of();
    }
    return applications.findByProcessInstanceId(processInstanceId)
        .flatMap(application -> Optional.ofNullable(application.getCommissioner().getUserId()))
        .map(Set::of).orElse(Set.of());
  }
}
