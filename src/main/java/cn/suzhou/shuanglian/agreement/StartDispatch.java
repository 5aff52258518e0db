package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.dispatch.DispatchService;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-14, P-15: the signed agreement's two-year dispatch starts (commissionerDispatch), serving the matched units. */
@Component("startDispatch")
public class StartDispatch implements JavaDelegate {

  private final AgreementRepository agreements;
  private final AgreementService agreementService;
  private final DispatchService dispatches;

  public StartDispatch(AgreementRepository agreements, AgreementService agreementService, DispatchService dispatches) {
    this.agreements = agreements;
    this.agreementService = agreementService;
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long agreementId = new VariableReader(execution).number(AgreementVariables.AGREEMENT_ID);
    Agreement agreement = agreements.findWithDetailsById(agreementId).orElseThrow();
    execution.setVariable("dispatchId",
        dispatches.start(agreementId, agreementService.enterprisesOf(agreement.getMatch())).getId());
  }
}
