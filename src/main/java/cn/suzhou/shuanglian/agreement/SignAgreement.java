package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-12(3), P-15: the district signs — unique number, signing date, term start; the term is two years. */
@Component("signAgreement")
public class SignAgreement extends CompletionCheck {

  private final AgreementService agreements;

  public SignAgreement(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    agreements.sign(in.number(AGREEMENT_ID), in.text(AGREEMENT_NO), in.text(SIGNED_ON), in.text(TERM_START),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"));
  }
}
