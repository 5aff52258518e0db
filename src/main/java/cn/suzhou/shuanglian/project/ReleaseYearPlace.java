package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-19: an application that ends before the review — withdrawn by the applicant, or not agreed by
 * the enterprise — gives the commissioner's and the enterprise's place of the year back (the
 * reading of "每年限报1项" chosen in docs/projects.md: what was never put to review was not filed).
 * It is DECLINED when the enterprise answered so, WITHDRAWN otherwise.
 */
@Component("releaseYearPlace")
public class ReleaseYearPlace implements JavaDelegate {

  private final ProjectApplicationRepository applications;
  private final Messages messages;

  public ReleaseYearPlace(ProjectApplicationRepository applications, Messages messages) {
    this.applications = applications;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    ProjectApplication application = applications.findById(in.number(APPLICATION_ID)).orElseThrow();
    ProjectStatus outcome = DECLINE.equals(in.text(JOINT_ANSWER)) ? ProjectStatus.DECLINED : ProjectStatus.WITHDRAWN;
    String reason = outcome == ProjectStatus.DECLINED ? in.text(JOINT_DECLINE_REASON) : in.text(WITHDRAWAL_REASON);
    application.release(outcome, reason, EngineClock.now());
    applications.saveAndFlush(application);
    execution.setVariable(RESULT_LABEL, outcome.label());
    execution.setVariable(RESULT_NOTE, messages.get(outcome == ProjectStatus.DECLINED ? "project.result.declined"
        : "project.result.withdrawn", application.getEnterprise().getName(), reason == null ? "" : reason,
        String.valueOf(application.getApplicationYear())));
  }
}
