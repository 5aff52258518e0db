package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.project.ProjectDecisions.Notice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 撤回并释放年度名额 / 记录企业意见并释放名额 (P-19): the application of this case gives the year's
 * places back ({@link ProjectDecisions#release}) — DECLINED on the path of the enterprise's refusal,
 * WITHDRAWN on the path of the withdrawal message (the step says which, not a variable).
 */
@Component("releaseYearPlace")
public class ReleaseYearPlace implements JavaDelegate {

  private final ProjectDecisions decisions;

  public ReleaseYearPlace(ProjectDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean declined = RECORD_DECLINED_STEP.equals(execution.getCurrentActivityId());
    Notice notice = declined
        ? decisions.release(execution.getProcessInstanceId(), ProjectStatus.DECLINED, JOINT_DECLINE_REASON.from(execution))
        : decisions.release(execution.getProcessInstanceId(), ProjectStatus.WITHDRAWN, WITHDRAWAL_REASON.from(execution));
    RESULT_LABEL.set(execution, notice.label());
    RESULT_NOTE.set(execution, notice.note());
  }
}
