package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-14, P-15: the case's signed agreement starts its two-year dispatch (commissionerDispatch), serving
 * the matched units; the ids go to the dispatch in Java, not as variables.
 */
@Component("startDispatch")
public class StartDispatch implements JavaDelegate {

  private final AgreementService agreements;
  private final DispatchService dispatches;

  public StartDispatch(AgreementService agreements, DispatchService dispatches) {
    this.agreements = agreements;
    this.dispatches = dispatches;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Agreement agreement = agreements.signed(execution.getProcessInstanceId());
    dispatches.start(agreement.getId(), agreements.enterprisesOf(agreement.getMatch()));
  }
}
