package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 服务单位确认联合申报 (P-19, P-14): the enterprise's answer, recorded on the application of this case
 * with who answered ({@link ProjectDecisions#recordJointAnswer}).
 */
@Component("checkJointFilingAnswer")
public class CheckJointFilingAnswer extends CompletionCheck {

  private final ProjectDecisions decisions;

  public CheckJointFilingAnswer(ProjectDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  protected void check(DelegateExecution execution) {
    decisions.recordJointAnswer(execution.getProcessInstanceId(), JOINT_ANSWER.from(execution),
        JOINT_DECLINE_REASON.from(execution), ProcessActors.currentUserId(execution.getProcessEngineServices(), null));
  }
}
