package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.time.LocalDate;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code commissionerDispatch} (派驻服务, P-14, P-15, P-17, P-18): the only place its
 * variable names are written. The dispatch is the row of the {@code dispatch} table linked to the case
 * (bound by business key when the case starts, then by process instance id); the variables below
 * only mirror it for Tasklist, the forms and the yearly evaluation it calls. Which party a renewal
 * opinion task asks is recorded in the domain when the task opens ({@link RenewalOpinionTask}); who
 * answers is the authenticated user. Nobody starts the process by hand: {@link DispatchService#start}
 * does when an agreement is signed or renewed.
 */
@Component
public class DispatchContract implements ProcessContract {

  public static final String PROCESS_KEY = "commissionerDispatch";

  /** Sent by a confirmed misconduct case with 终止派驻 (misconductCase), correlated to this case by its id. */
  public static final String MISCONDUCT_CONFIRMED = "misconductConfirmed";
  /** Thrown at the end of a service year graded 不合格 (P-18). */
  public static final String UNQUALIFIED_ERROR = "EVALUATION_UNQUALIFIED";

  // case context mirrored from the dispatch row (display, candidate groups, the evaluation it calls)
  /** The dispatch's id, handed to the yearly evaluation (call activity input). */
  public static final Var<Long> DISPATCH_ID = Var.whole("dispatchId");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> COMMISSIONER_NAME = Var.text("commissionerName");
  public static final Var<String> COMMISSIONER_USER_ID = Var.text("commissionerUserId");
  public static final Var<String> SOURCE_UNIT_CODE = Var.text("sourceUnitCode");
  public static final Var<String> SOURCE_UNIT_NAME = Var.text("sourceUnitName");
  /** The signed agreement's number (协议编号), mirrored for searching in Tasklist. */
  public static final Var<String> AGREEMENT_NO = Var.text("agreementNo");
  public static final Var<LocalDate> TERM_START_DATE = Var.date("termStartDate");
  public static final Var<LocalDate> TERM_END_DATE = Var.date("termEndDate");
  public static final Var<Long> TERM_YEARS = Var.whole("termYears");
  public static final Var<Long> MIN_SERVICE_DAYS = Var.whole("minServiceDays");

  // 服务年度 (sequential multi-instance) and the yearly evaluation it calls
  /** The element variable of the service years (1, 2), handed to the yearly evaluation. */
  public static final Var<Long> SERVICE_YEAR = Var.whole("serviceYear");
  /** The yearly evaluation's grade (call activity output, for Cockpit; the gateway reads the evaluation row). */
  public static final Var<String> GRADE = Var.text("grade");
  /** The service year the evaluation graded (call activity output). */
  public static final Var<Long> EVALUATED_YEAR = Var.whole("evaluatedYear");

  // 服务时间督促 (local to the reminder's event subprocess)
  public static final Var<Long> CONFIRMED_DAYS = Var.whole("confirmedDays");
  public static final Var<Long> SHORT_DAYS = Var.whole("shortDays");
  public static final Var<Boolean> SERVICE_DAYS_SHORT = Var.flag("serviceDaysShort");
  public static final Var<LocalDate> YEAR_END_DATE = Var.date("yearEndDate");

  // 补足年度服务时间 (commissioner), 督促专员服务时间 (district)
  public static final String REMIND_COMMISSIONER_TASK = "Activity_RemindCommissioner";
  public static final String REMIND_DISTRICT_TASK = "Activity_RemindDistrict";
  public static final Var<Boolean> REMINDER_ACKNOWLEDGED = Var.flag("reminderAcknowledged");
  public static final Var<String> REMINDER_PLAN = Var.text("reminderPlan");
  public static final Var<String> DISTRICT_ACTION = Var.text("districtAction");

  // 知悉派驻终止 (unqualified), 知悉派驻因违纪终止 (misconduct)
  public static final String NOTIFY_SOURCE_UNIT_TASK = "Activity_NotifySourceUnit";
  public static final String NOTIFY_SOURCE_UNIT_MISCONDUCT_TASK = "Activity_NotifySourceUnitMisconduct";
  public static final Var<String> TERMINATION_REASON = Var.text("terminationReason");
  public static final Var<String> GRADE_LABEL = Var.text("gradeLabel");
  public static final Var<Boolean> TERMINATION_ACKNOWLEDGED = Var.flag("terminationAcknowledged");

  // 续派意见 (parallel multi-instance, one task per party; its variables are local to the task)
  public static final String RENEWAL_OPINION_TASK = "Activity_RenewalOpinion";
  /** The element variable: the party of one task (DISTRICT, COMMISSIONER, SOURCE_UNIT); rules read the domain. */
  public static final Var<String> RENEWAL_PARTY = Var.text("renewalParty");
  public static final Var<String> PARTY_NAME = Var.text("partyName");
  /** The grades so far (a table on the form). */
  public static final Var<SpinJsonNode> EVALUATIONS = Var.json("evaluations");
  public static final Var<String> RENEWAL_DECISION = Var.text("renewalDecision");
  public static final Var<String> RENEWAL_COMMENT = Var.text("renewalComment");
  public static final String AGREE = "AGREE";
  public static final String DECLINE = "DECLINE";
  /** All three parties agreed (汇总续派意见). */
  public static final Var<Boolean> RENEWAL_AGREED = Var.flag("renewalAgreed");
  public static final Var<LocalDate> RENEWAL_TERM_START_DATE = Var.date("renewalTermStartDate");

  // 签订续派协议 (district)
  public static final String SIGN_RENEWAL_TASK = "Activity_SignRenewal";
  public static final Var<String> RENEWAL_AGREEMENT_NO = Var.text("renewalAgreementNo");
  public static final Var<LocalDate> RENEWAL_SIGNED_ON = Var.date("renewalSignedOn");

  /** The renewed term's dispatch (办理续派), for Cockpit. */
  public static final Var<Long> RENEWED_DISPATCH_ID = Var.whole("renewedDispatchId");

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, COMMISSIONER_NAME, SOURCE_UNIT_NAME, AGREEMENT_NO);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(REMIND_COMMISSIONER_TASK, "dispatch-reminder-commissioner", REMINDER_ACKNOWLEDGED, REMINDER_PLAN),
        UserTask.of(REMIND_DISTRICT_TASK, "dispatch-reminder-district", REMINDER_ACKNOWLEDGED, DISTRICT_ACTION),
        UserTask.of(NOTIFY_SOURCE_UNIT_TASK, "dispatch-terminated", TERMINATION_ACKNOWLEDGED),
        UserTask.of(NOTIFY_SOURCE_UNIT_MISCONDUCT_TASK, "dispatch-terminated-misconduct", TERMINATION_ACKNOWLEDGED),
        UserTask.of(RENEWAL_OPINION_TASK, "dispatch-renewal-opinion", RENEWAL_DECISION, RENEWAL_COMMENT),
        UserTask.of(SIGN_RENEWAL_TASK, "dispatch-renewal-sign", RENEWAL_AGREEMENT_NO, RENEWAL_SIGNED_ON));
  }
}
