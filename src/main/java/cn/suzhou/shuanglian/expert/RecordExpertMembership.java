package cn.suzhou.shuanglian.expert;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-20: an approved applicant becomes a member of the Suzhou S&T expert database
 * ({@link ExpertApplicationService#admit}, from the case's application), in the transaction of the
 * city's approval, so the decision and the membership are written together.
 */
@Component("recordExpertMembership")
public class RecordExpertMembership implements JavaDelegate {

  private final ExpertApplicationService applications;

  public RecordExpertMembership(ExpertApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    applications.admit(execution.getProcessInstanceId());
  }
}
