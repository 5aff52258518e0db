package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.project.ProjectDecisions.Notice;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 审定立项 (P-19): the city bureau's decision, recorded on the application of this case
 * ({@link ProjectDecisions#decide}), and what the applicant will read.
 */
@Component("checkProjectDecision")
public class CheckProjectDecision extends CompletionCheck {

  private final ProjectDecisions decisions;

  public CheckProjectDecision(ProjectDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  protected void check(DelegateExecution execution) {
    Notice notice = decisions.decide(execution.getProcessInstanceId(), PROJECT_DECISION.from(execution),
        DECISION_NOTE.from(execution), RECOMMEND_PROVINCE.from(execution), RECOMMENDATION_NOTE.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), null));
    RESULT_LABEL.set(execution, notice.label());
    RESULT_NOTE.set(execution, notice.note());
  }
}
