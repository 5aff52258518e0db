package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.expert.ExpertMembership;
import cn.suzhou.shuanglian.expert.ExpertMemberships;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.project.ProjectConflicts.Ties;
import cn.suzhou.shuanglian.project.ReviewerDraw.Excluded;
import cn.suzhou.shuanglian.project.ReviewerDraw.Expert;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * P-20, P-19: the expert review of a joint project, on the application of the case. Reviewers are
 * drawn from the Suzhou S&T expert database, never with a conflict of interest ({@link ReviewerDraw},
 * with the ties of {@link ProjectConflicts}); each review is the drawn review of the expert who
 * completes the task — the authenticated user — for this application, and nobody else's; the reviews
 * are summed up for the city bureau's decision.
 */
@Service
public class ProjectReviews {

  static final int OPINION_MIN = 10;
  static final int OPINION_MAX = 2000;

  /**
   * A draw: short when fewer experts than wanted (and the city did not choose to go ahead with those
   * available), the reviewers' logins otherwise, and the summary the city reads either way.
   */
  public record Draw(boolean shortOfExperts, int eligible, int wanted, String summary) {}

  /** The reviews in one view: the average score and each expert's score, recommendation and opinion. */
  public record Summary(BigDecimal average, String text) {}

  private final ProjectApplicationRepository applications;
  private final ProjectReviewRepository reviews;
  private final ExpertMemberships memberships;
  private final ProjectConflicts conflicts;
  private final ProjectProperties properties;
  private final Messages messages;
  private final SecureRandom random = new SecureRandom();

  public ProjectReviews(ProjectApplicationRepository applications, ProjectReviewRepository reviews,
      ExpertMemberships memberships, ProjectConflicts conflicts, ProjectProperties properties,
      Messages messages) {
    this.applications = applications;
    this.reviews = reviews;
    this.memberships = memberships;
    this.conflicts = conflicts;
    this.properties = properties;
    this.messages = messages;
  }

  /** The drawn experts of this case, from their review rows (the expert-review step runs once for each). */
  @org.springframework.transaction.annotation.Transactional(readOnly = true)
  public List<String> drawnReviewers(String processInstanceId) {
    return reviews.findByApplicationIdOrderById(application(processInstanceId).getId()).stream()
        .map(ProjectReview::getReviewerUserId).toList();
  }

  /**
   * Draws the reviewers. With enough experts — or at least one when the city bureau chose to go
   * ahead with those available — the reviews are assigned (one row each, unique per expert and
   * project); otherwise nothing is written and the city is told the shortfall.
   */
  public Draw draw(String processInstanceId, boolean proceedWithAvailable) {
    ProjectApplication application = application(processInstanceId);
    Map<Long, ExpertMembership> pool = pool();
    ReviewerDraw.Result result = ReviewerDraw.draw(experts(pool.values(), application),
        ProjectConflicts.project(application), properties.reviewersPerProject(), random);
    int wanted = properties.reviewersPerProject();
    boolean enough = result.drawn().size() >= wanted || (proceedWithAvailable && !result.drawn().isEmpty());
    if (!enough) {
      return new Draw(true, result.eligible(), wanted, messages.get("project.draw.short", wanted,
          result.eligible(), excludedText(result.excluded())));
    }
    Instant now = EngineClock.now();
    for (Expert expert : result.drawn()) {
      reviews.save(new ProjectReview(application, pool.get(expert.membershipId()), now));
    }
    reviews.flush();
    return new Draw(false, result.eligible(), wanted, messages.get("project.draw.done", result.drawn().size(),
        result.drawn().stream().map(e -> e.name() + "（" + e.sourceUnitName() + "）").collect(Collectors.joining("、")),
        excludedText(result.excluded())));
  }

  /**
   * P-20: when the pool holds fewer experts without a conflict of interest than a review needs, the
   * city bureau draws again (after admitting experts) or goes ahead with those available — never with
   * none, counted in the pool now. Nobody with a conflict of interest handles it.
   */
  public void handleShortage(String processInstanceId, String decision, String actor) {
    if (!REDRAW.equals(decision) && !PROCEED.equals(decision)) {
      throw new ProcessRuleViolation(SHORTAGE_DECISION.name(), messages.get("project.shortage.decisionRequired"));
    }
    ProjectApplication application = application(processInstanceId);
    if (actor != null && conflicts.conflicted(application).contains(actor)) {
      throw new ProcessRuleViolation(SHORTAGE_DECISION.name(),
          messages.get("project.actor.excluded", application.applicationNo()));
    }
    if (PROCEED.equals(decision) && ReviewerDraw.draw(experts(pool().values(), application),
        ProjectConflicts.project(application), 0, random).eligible() < 1) {
      throw new ProcessRuleViolation(SHORTAGE_DECISION.name(), messages.get("project.shortage.noneEligible"));
    }
  }

  /**
   * P-20: the review of the expert completing the task — a score of 0 to 100, an opinion the city
   * bureau can act on, whether to recommend it to the province — recorded on that expert's drawn
   * review of this application. Someone who was not drawn for it (the applicant handed the task, an
   * expert completing another's task) is refused, and so is a second review of the same expert.
   */
  public void record(String processInstanceId, String reviewer, Entered<Long> score, String opinion,
      boolean recommend) {
    List<Problem> problems = new ArrayList<>();
    Long points = score.value();
    if (points == null || points < 0 || points > 100) {
      problems.add(new Problem(REVIEW_SCORE.name(), messages.get("project.review.score")));
    }
    if (opinion == null || Characters.count(opinion) < OPINION_MIN || Characters.count(opinion) > OPINION_MAX) {
      problems.add(new Problem(REVIEW_OPINION.name(), messages.get("project.review.opinion", OPINION_MIN,
          OPINION_MAX)));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    ProjectApplication application = application(processInstanceId);
    ProjectReview review = (reviewer == null ? Optional.<ProjectReview>empty()
        : reviews.findByApplicationIdAndReviewerUserId(application.getId(), reviewer))
        .orElseThrow(() -> new ProcessRuleViolation(REVIEW_SCORE.name(),
            messages.get("project.review.notDrawn", application.applicationNo())));
    if (review.isSubmitted()) {
      throw new ProcessRuleViolation(REVIEW_SCORE.name(),
          messages.get("project.review.alreadySubmitted", application.applicationNo()));
    }
    review.submit(points.intValue(), opinion, recommend, EngineClock.now());
    reviews.saveAndFlush(review);
  }

  /**
   * P-19, P-20: the average score (kept on the application: the ranking of the year's projects for
   * provincial recommendation) and each expert's score, recommendation and opinion.
   */
  public Summary summarise(String processInstanceId) {
    ProjectApplication application = application(processInstanceId);
    List<ProjectReview> submitted = reviews.findByApplicationIdOrderById(application.getId()).stream()
        .filter(ProjectReview::isSubmitted).toList();
    if (submitted.isEmpty()) {
      throw new IllegalStateException("application " + application.getId() + " has no submitted review");
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
    application.recordAverageScore(average);
    applications.saveAndFlush(application);
    return new Summary(average, text.toString());
  }

  private ProjectApplication application(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "no project application for process instance " + processInstanceId));
  }

  private Map<Long, ExpertMembership> pool() {
    return memberships.findAllByOrderByApprovedAtDesc().stream()
        .collect(Collectors.toMap(ExpertMembership::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }

  /** The pool's members as the draw sees them, with what ties them to the project's enterprise. */
  private List<Expert> experts(Collection<ExpertMembership> pool, ProjectApplication application) {
    Ties ties = conflicts.ties(application);
    return pool.stream().map(m -> ProjectConflicts.expert(m.getCommissioner(), m.getId(), fields(m.getReviewFields()),
        ties)).toList();
  }

  private static Set<String> fields(String reviewFields) {
    return Arrays.stream(reviewFields.split("[,，、\\s]+")).filter(s -> !s.isBlank())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private String excludedText(List<Excluded> excluded) {
    if (excluded.isEmpty()) {
      return messages.get("project.draw.noneExcluded");
    }
    return excluded.stream().map(e -> e.expert().name() + "（" + e.reason().label() + "）")
        .collect(Collectors.joining("、"));
  }
}
