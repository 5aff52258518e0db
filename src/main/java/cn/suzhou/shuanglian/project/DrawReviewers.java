package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.project.ProjectReviews.Draw;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 抽取评审专家 (P-20): draws the reviewers of this case's application ({@link ProjectReviews#draw});
 * with enough experts — or when the city bureau chose to go ahead with those available — the
 * reviewers' tasks open, otherwise the city is told the shortfall.
 */
@Component("drawReviewers")
public class DrawReviewers implements JavaDelegate {

  private final ProjectReviews reviews;

  public DrawReviewers(ProjectReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Draw draw = reviews.draw(execution.getProcessInstanceId(), PROCEED.equals(SHORTAGE_DECISION.from(execution)));
    ELIGIBLE_COUNT.set(execution, (long) draw.eligible());
    WANTED_COUNT.set(execution, (long) draw.wanted());
    SHORTAGE_DECISION.set(execution, null);
    REVIEWERS_SHORT.set(execution, draw.shortOfExperts());
    DRAW_SUMMARY.set(execution, draw.summary());
  }
}
