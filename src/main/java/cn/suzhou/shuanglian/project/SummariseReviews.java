package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.project.ProjectReviews.Summary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 汇总评审意见 (P-19, P-20): the experts' reviews of this case's application in one view for the city
 * bureau's decision ({@link ProjectReviews#summarise}).
 */
@Component("summariseReviews")
public class SummariseReviews implements JavaDelegate {

  private final ProjectReviews reviews;

  public SummariseReviews(ProjectReviews reviews) {
    this.reviews = reviews;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Summary summary = reviews.summarise(execution.getProcessInstanceId());
    AVERAGE_SCORE.set(execution, summary.average());
    REVIEW_SUMMARY.set(execution, summary.text());
  }
}
