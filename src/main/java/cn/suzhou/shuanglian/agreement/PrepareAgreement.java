package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementSigningContract.*;

import cn.suzhou.shuanglian.agreement.AgreementService.AgreementCase;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-12(3): opens the case's agreement — of the match the round opened the case for, or of the
 * replacement the city named — and gives its tasks what they show; the answers of an earlier pass
 * are cleared.
 */
@Component("prepareAgreement")
public class PrepareAgreement implements JavaDelegate {

  private final AgreementService agreements;

  public PrepareAgreement(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AgreementCase a = agreements.open(execution.getProcessInstanceId(), () -> MATCH_ID.from(execution));
    AGREEMENT_ID.set(execution, a.agreementId());
    CASE_TITLE.set(execution, a.caseTitle());
    COMMISSIONER_USER_ID.set(execution, a.commissionerUserId());
    COMMISSIONER_NAME.set(execution, a.commissionerName());
    APPLICANT_NAME.set(execution, a.commissionerName());
    DISTRICT_CODE.set(execution, a.districtCode());
    DISTRICT_NAME.set(execution, a.districtName());
    SOURCE_UNIT_NAME.set(execution, a.sourceUnitName());
    INDUSTRY_GROUP_NAME.set(execution, a.industryGroupName());
    MATCH_EXPLANATION.set(execution, a.matchExplanation());
    SERVICE_UNIT_NAMES.set(execution, a.serviceUnitNames());
    TERM_YEARS.set(execution, (long) a.termYears());
    MIN_SERVICE_DAYS.set(execution, (long) a.minServiceDays());
    DUE_DATE.set(execution, a.dueDate());
    ACCEPT_DECISION.set(execution, null);
    DECLINE_REASON.set(execution, null);
    AGREEMENT_NO.set(execution, null);
    SIGNED_ON.set(execution, null);
    TERM_START.set(execution, null);
  }
}
