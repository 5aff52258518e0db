package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-02, P-12(3): a declined agreement takes the commissioner out of the district's matching and re-opens it. */
@Component("reopenDistrictMatching")
public class ReopenDistrictMatching implements JavaDelegate {

  private final AgreementService agreements;

  public ReopenDistrictMatching(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  public void execute(DelegateExecution execution) {
    execution.setVariables(agreements.reopen(new VariableReader(execution).number(AgreementVariables.AGREEMENT_ID)));
  }
}
