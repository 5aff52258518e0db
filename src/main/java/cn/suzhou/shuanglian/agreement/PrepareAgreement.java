package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-12(3): opens the agreement of the (possibly replacement) match and gives its tasks what they show. */
@Component("prepareAgreement")
public class PrepareAgreement implements JavaDelegate {

  private final AgreementService agreements;

  public PrepareAgreement(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(agreements.open(new VariableReader(execution).number(AgreementVariables.MATCH_ID),
        execution.getProcessInstanceId()));
  }
}
