package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementSigningContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.EngineCaller;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-12(3): the commissioner of the case's agreement accepts the dispatch, or declines it with a
 * reason — the authenticated user, who must be that commissioner or their district.
 */
@Component("recordAcceptance")
public class RecordAcceptance extends CompletionCheck {

  private final AgreementService agreements;

  public RecordAcceptance(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  protected void check(DelegateExecution execution) {
    ACCEPTED.set(execution, agreements.recordAcceptance(execution.getProcessInstanceId(),
        ACCEPT_DECISION.from(execution), DECLINE_REASON.from(execution),
        EngineCaller.of(execution.getProcessEngineServices())));
  }
}
