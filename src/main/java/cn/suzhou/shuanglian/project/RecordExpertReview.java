package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 专家评审 (P-20): the review of the expert completing the task — the authenticated user, never the
 * task's element variable — recorded on their drawn review of this case's application
 * ({@link ProjectReviews#record}). The answers are local to the expert's task, so no expert sees
 * another's score.
 */
@Component("recordExpertReview")
public class RecordExpertReview extends CompletionCheck {

  private final ProjectReviews reviews;

  public RecordExpertReview(ProjectReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  protected void check(DelegateExecution execution) {
    reviews.record(execution.getProcessInstanceId(),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), null),
        Entered.from(REVIEW_SCORE, execution), REVIEW_OPINION.from(execution), REVIEW_RECOMMEND.from(execution));
  }
}
