package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-19, P-14: a joint project is filed by the commissioner <em>and</em> its service unit, so the
 * enterprise says whether it files jointly (its place of the year is at stake); a refusal needs a
 * reason, which the commissioner reads. Records who answered and when.
 */
@Component("checkJointFilingAnswer")
public class CheckJointFilingAnswer extends CompletionCheck {

  static final int REASON_MAX = 1000;

  private final ProjectApplicationRepository applications;
  private final Messages messages;

  public CheckJointFilingAnswer(ProjectApplicationRepository applications, Messages messages) {
    this.applications = applications;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String answer = in.text(JOINT_ANSWER);
    if (!AGREE.equals(answer) && !DECLINE.equals(answer)) {
      throw new ProcessRuleViolation(JOINT_ANSWER, messages.get("project.joint.answerRequired"));
    }
    String reason = in.text(JOINT_DECLINE_REASON);
    if (DECLINE.equals(answer) && reason == null) {
      throw new ProcessRuleViolation(JOINT_DECLINE_REASON, messages.get("project.joint.reasonRequired"));
    }
    if (reason != null && reason.length() > REASON_MAX) {
      throw new ProcessRuleViolation(JOINT_DECLINE_REASON, messages.get("project.note.tooLong", REASON_MAX));
    }
    ProjectApplication application = applications.findById(in.number(APPLICATION_ID)).orElseThrow();
    application.recordEnterpriseAnswer(ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"),
        EngineClock.now());
    applications.saveAndFlush(application);
  }
}
