package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementSigningContract.*;

import cn.suzhou.shuanglian.agreement.AgreementService.Reopened;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.spin.Spin;
import org.springframework.stereotype.Component;

/**
 * P-02, P-12(3): the case's declined agreement takes the commissioner out of the district's matching
 * and re-opens it; the city's task shows the remaining count and who could replace them.
 */
@Component("reopenDistrictMatching")
public class ReopenDistrictMatching implements JavaDelegate {

  private final AgreementService agreements;
  private final ObjectMapper json;

  public ReopenDistrictMatching(AgreementService agreements, ObjectMapper json) {
    this.agreements = agreements;
    this.json = json;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Reopened r = agreements.reopen(execution.getProcessInstanceId());
    DECLINED_NAME.set(execution, r.declinedName());
    DECLINE_REASON.set(execution, r.declineReason());
    DISTRICT_REMAINING.set(execution, r.districtRemaining());
    MIN_PER_DISTRICT.set(execution, (long) r.minPerDistrict());
    try {
      CANDIDATES.set(execution, Spin.JSON(json.writeValueAsString(r.candidates())));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
    REPLACEMENT_DECISION.set(execution, null);
    REPLACEMENT_COMMISSIONER_ID.set(execution, null);
    CONDITIONS_ATTESTED.set(execution, false);
    SOURCE_UNIT_RELEASED.set(execution, false);
    NO_REPLACEMENT_REASON.set(execution, null);
  }
}
