package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-20: an expert's review of a joint project — a score of 0 to 100, an opinion the city bureau can
 * act on, and whether the expert recommends it to the province — recorded on the expert's review.
 * The variables are local to the expert's task, so no expert sees another's score.
 */
@Component("recordExpertReview")
public class RecordExpertReview extends CompletionCheck {

  static final int OPINION_MIN = 10;
  static final int OPINION_MAX = 2000;

  private final ProjectReviewRepository reviews;
  private final Messages messages;

  public RecordExpertReview(ProjectReviewRepository reviews, Messages messages) {
    this.reviews = reviews;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    List<Problem> problems = new ArrayList<>();
    Long score = null;
    try {
      score = in.number(REVIEW_SCORE);
    } catch (NumberFormatException e) {
      // named below
    }
    if (score == null || score < 0 || score > 100) {
      problems.add(new Problem(REVIEW_SCORE, messages.get("project.review.score")));
    }
    String opinion = in.text(REVIEW_OPINION);
    if (opinion == null || opinion.length() < OPINION_MIN || opinion.length() > OPINION_MAX) {
      problems.add(new Problem(REVIEW_OPINION, messages.get("project.review.opinion", OPINION_MIN, OPINION_MAX)));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    ProjectReview review = reviews.findByApplicationIdAndReviewerUserId(in.number(APPLICATION_ID),
        in.text(REVIEWER_USER_ID)).orElseThrow(() -> new IllegalStateException(
            "no review assigned to " + in.text(REVIEWER_USER_ID) + " for application " + in.text(APPLICATION_ID)));
    review.submit(score.intValue(), opinion, in.isTrue(REVIEW_RECOMMEND), EngineClock.now());
    reviews.saveAndFlush(review);
  }
}
