package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-19, P-20: the experts' reviews in one view for the city bureau's decision — the average score
 * (kept on the application, the ranking of the year's projects for provincial recommendation), and
 * each expert's score, recommendation and opinion.
 */
@Component("summariseReviews")
public class SummariseReviews implements JavaDelegate {

  private final ProjectApplicationRepository applications;
  private final ProjectReviewRepository reviews;
  private final Messages messages;

  public SummariseReviews(ProjectApplicationRepository applications, ProjectReviewRepository reviews,
      Messages messages) {
    this.applications = applications;
    this.reviews = reviews;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long applicationId = new VariableReader(execution).number(APPLICATION_ID);
    List<ProjectReview> submitted = reviews.findByApplicationIdOrderById(applicationId).stream()
        .filter(ProjectReview::isSubmitted).toList();
    if (submitted.isEmpty()) {
      throw new IllegalStateException("application " + applicationId + " has no submitted review");
    }
    BigDecimal average = BigDecimal.valueOf(submitted.stream().mapToInt(ProjectReview::getScore).sum())
        .divide(BigDecimal.valueOf(submitted.size()), 2, RoundingMode.HALF_UP);
    long recommending = submitted.stream().filter(r -> Boolean.TRUE.equals(r.getRecommendProvince())).count();
    StringBuilder text = new StringBuilder(messages.get("project.summary.head", submitted.size(),
        average.toPlainString(), recommending));
    for (ProjectReview review : submitted) {
      text.append("\n\n").append(messages.get("project.summary.line", review.getMembership().getCommissioner().getName(),
          review.getScore(), Boolean.TRUE.equals(review.getRecommendProvince())
              ? messages.get("project.summary.recommends") : messages.get("project.summary.doesNotRecommend"),
          review.getOpinion()));
    }
    ProjectApplication application = applications.findById(applicationId).orElseThrow();
    application.recordAverageScore(average);
    applications.saveAndFlush(application);
    execution.setVariable(AVERAGE_SCORE, average.doubleValue());
    execution.setVariable(REVIEW_SUMMARY, text.toString());
  }
}
