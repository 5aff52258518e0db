package cn.suzhou.shuanglian.agreement;

import static cn.suzhou.shuanglian.agreement.AgreementVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-12(3): the commissioner accepts the dispatch, or declines it with a reason. */
@Component("recordAcceptance")
public class RecordAcceptance extends CompletionCheck {

  private final AgreementService agreements;

  public RecordAcceptance(AgreementService agreements) {
    this.agreements = agreements;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    execution.setVariable(ACCEPTED, agreements.recordAcceptance(in.number(AGREEMENT_ID), in.text(ACCEPT_DECISION),
        in.text(DECLINE_REASON), ProcessActors.currentUserId(execution.getProcessEngineServices(), "system")));
  }
}
