package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementSigningContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-12(3), P-15: the district signs the case's agreement — unique number, signing date, term start; two years. */
@Component("signAgreement")
public class SignAgreement extends CompletionCheck {

  private final AgreementService agreements;

  public SignAgreement(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  protected void check(DelegateExecution execution) {
    agreements.sign(execution.getProcessInstanceId(), AGREEMENT_NO.from(execution),
        DateEntry.of(SIGNED_ON, execution), DateEntry.of(TERM_START, execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
