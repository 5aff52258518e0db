package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * The contract of {@code agreementSigning} (签订协议, P-12(3), P-15, P-02): the only place its variable
 * names are written. The selection round calls it once per final match ({@link #MATCH_ID}, read once
 * to open the case's agreement); from then on the case's agreement is the newest {@code agreement}
 * row linked to the case (a replacement's, after a decline), never an id read back from a variable.
 * Who accepts is the authenticated user: the matched commissioner, or their district.
 */
@Component
public class AgreementSigningContract implements ProcessContract {

  public static final String PROCESS_KEY = "agreementSigning";

  // from the calling selection round (call activity inputs)
  public static final Var<Long> ROUND_ID = Var.whole("roundId");
  public static final Var<Long> ROUND_YEAR = Var.whole("roundYear");
  /** The final match the round opened this case for; read once, when the case opens its agreement. */
  public static final Var<Long> MATCH_ID = Var.whole("matchId");

  // case context mirrored from the agreement row (display, assignee and candidate groups)
  public static final Var<Long> AGREEMENT_ID = Var.whole("agreementId");
  public static final Var<String> CASE_TITLE = Var.text("caseTitle");
  public static final Var<String> DISTRICT_CODE = Var.text("districtCode");
  public static final Var<String> DISTRICT_NAME = Var.text("districtName");
  public static final Var<String> APPLICANT_NAME = Var.text("applicantName");
  public static final Var<String> COMMISSIONER_USER_ID = Var.text("commissionerUserId");
  public static final Var<String> COMMISSIONER_NAME = Var.text("commissionerName");
  public static final Var<String> SOURCE_UNIT_NAME = Var.text("sourceUnitName");
  public static final Var<String> INDUSTRY_GROUP_NAME = Var.text("industryGroupName");
  public static final Var<String> MATCH_EXPLANATION = Var.text("matchExplanation");
  public static final Var<String> SERVICE_UNIT_NAMES = Var.text("serviceUnitNames");
  public static final Var<Long> TERM_YEARS = Var.whole("termYears");
  public static final Var<Long> MIN_SERVICE_DAYS = Var.whole("minServiceDays");
  public static final Var<Date> DUE_DATE = Var.time("agreementDueDate");

  // 确认接受派驻 (the commissioner)
  public static final String ACCEPT_TASK = "Activity_AcceptAgreement";
  public static final Var<String> ACCEPT_DECISION = Var.text("acceptDecision");
  public static final Var<String> DECLINE_REASON = Var.text("declineReason");
  public static final String ACCEPT = "ACCEPT";
  public static final String DECLINE = "DECLINE";
  public static final Var<Boolean> ACCEPTED = Var.flag("accepted");

  // 签订派驻协议 (the district)
  public static final String SIGN_TASK = "Activity_SignAgreement";
  public static final Var<String> AGREEMENT_NO = Var.text("agreementNo");
  public static final Var<LocalDate> SIGNED_ON = Var.date("signedOn");
  public static final Var<LocalDate> TERM_START = Var.date("termStart");

  // 补充匹配人选 (the city), shown after a decline (重新开放县区匹配)
  public static final String REPLACE_TASK = "Activity_ReplaceCommissioner";
  public static final Var<String> DECLINED_NAME = Var.text("declinedName");
  public static final Var<Long> DISTRICT_REMAINING = Var.whole("districtRemaining");
  public static final Var<Long> MIN_PER_DISTRICT = Var.whole("minPerDistrict");
  /** The commissioners who could replace the declined one (a table on the form). */
  public static final Var<SpinJsonNode> CANDIDATES = Var.json("candidates");
  public static final Var<String> REPLACEMENT_DECISION = Var.text("replacementDecision");
  public static final Var<Long> REPLACEMENT_COMMISSIONER_ID = Var.whole("replacementCommissionerId");
  public static final Var<Boolean> CONDITIONS_ATTESTED = Var.flag("conditionsAttested");
  public static final Var<Boolean> SOURCE_UNIT_RELEASED = Var.flag("sourceUnitReleased");
  public static final Var<String> NO_REPLACEMENT_REASON = Var.text("noReplacementReason");
  public static final String REPLACE = "REPLACE";
  public static final String NO_REPLACEMENT = "NO_REPLACEMENT";
  public static final Var<Boolean> REPLACED = Var.flag("replaced");

  /** Tasklist's search box finds this process's tasks by these mirrors of the domain (issue 15). */
  @Override
  public List<Var<String>> searchedBy() {
    return List.of(CASE_TITLE, COMMISSIONER_NAME, SOURCE_UNIT_NAME, SERVICE_UNIT_NAMES);
  }

  @Override
  public String processKey() {
    return PROCESS_KEY;
  }

  @Override
  public List<UserTask> userTasks() {
    return List.of(
        UserTask.of(ACCEPT_TASK, "agreement-accept", ACCEPT_DECISION, DECLINE_REASON),
        UserTask.of(SIGN_TASK, "agreement-sign", AGREEMENT_NO, SIGNED_ON, TERM_START),
        UserTask.of(REPLACE_TASK, "agreement-replace", REPLACEMENT_DECISION, REPLACEMENT_COMMISSIONER_ID,
            CONDITIONS_ATTESTED, SOURCE_UNIT_RELEASED, NO_REPLACEMENT_REASON));
  }
}
