package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * 评审专家不足 (P-20): the city bureau draws again (after admitting experts) or goes ahead with those
 * available — never with none, counted in the pool now ({@link ProjectReviews#handleShortage}).
 */
@Component("checkReviewerShortage")
public class CheckReviewerShortage extends CompletionCheck {

  private final ProjectReviews reviews;

  public CheckReviewerShortage(ProjectReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  protected void check(DelegateExecution execution) {
    reviews.handleShortage(execution.getProcessInstanceId(), SHORTAGE_DECISION.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), null));
  }
}
