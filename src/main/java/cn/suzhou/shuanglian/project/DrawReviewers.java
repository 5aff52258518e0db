package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.dispatch.ConcurrentPostRepository;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.expert.ExpertMembership;
import cn.suzhou.shuanglian.expert.ExpertMembershipRepository;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.project.ReviewerDraw.Excluded;
import cn.suzhou.shuanglian.project.ReviewerDraw.Expert;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-20: draws the reviewers of a joint project from the Suzhou S&T expert database, never an expert
 * with a conflict of interest ({@link ReviewerDraw}). With enough experts — or when the city bureau
 * chose to go ahead with those available — the reviews are assigned (one row each, unique per
 * expert and project) and the reviewers' tasks open; otherwise the city is told the shortfall.
 */
@Component("drawReviewers")
public class DrawReviewers implements JavaDelegate {

  private final ProjectApplicationRepository applications;
  private final ProjectReviewRepository reviews;
  private final ExpertMembershipRepository memberships;
  private final DispatchRepository dispatches;
  private final ConcurrentPostRepository posts;
  private final ProjectProperties properties;
  private final Messages messages;
  private final SecureRandom random = new SecureRandom();

  public DrawReviewers(ProjectApplicationRepository applications, ProjectReviewRepository reviews,
      ExpertMembershipRepository memberships, DispatchRepository dispatches, ConcurrentPostRepository posts,
      ProjectProperties properties, Messages messages) {
    this.applications = applications;
    this.reviews = reviews;
    this.memberships = memberships;
    this.dispatches = dispatches;
    this.posts = posts;
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    ProjectApplication application = applications.findWithDetailsById(in.number(APPLICATION_ID)).orElseThrow();
    Map<Long, ExpertMembership> pool = memberships.findAllByOrderByApprovedAtDesc().stream()
        .collect(Collectors.toMap(ExpertMembership::getId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
    ReviewerDraw.Result result = ReviewerDraw.draw(experts(pool.values(), application), project(application),
        properties.reviewersPerProject(), random);
    int wanted = properties.reviewersPerProject();
    boolean proceed = PROCEED.equals(in.text(SHORTAGE_DECISION));
    boolean enough = result.drawn().size() >= wanted || (proceed && !result.drawn().isEmpty());
    execution.setVariable(ELIGIBLE_COUNT, result.eligible());
    execution.setVariable(WANTED_COUNT, wanted);
    execution.setVariable(SHORTAGE_DECISION, null);
    execution.setVariable(REVIEWERS_SHORT, !enough);
    if (!enough) {
      execution.setVariable(DRAW_SUMMARY, messages.get("project.draw.short", wanted, result.eligible(),
          excludedText(result.excluded())));
      return;
    }
    Instant now = EngineClock.now();
    for (Expert expert : result.drawn()) {
      reviews.save(new ProjectReview(application, pool.get(expert.membershipId()), now));
    }
    reviews.flush();
    execution.setVariable(REVIEWER_USER_IDS, result.drawn().stream().map(Expert::userId).toList());
    execution.setVariable(DRAW_SUMMARY, messages.get("project.draw.done", result.drawn().size(),
        result.drawn().stream().map(e -> e.name() + "（" + e.sourceUnitName() + "）").collect(Collectors.joining("、")),
        excludedText(result.excluded())));
  }

  /** The pool's members as the draw sees them, with what ties them to the project's enterprise. */
  private List<Expert> experts(Collection<ExpertMembership> pool, ProjectApplication application) {
    Set<Long> serving = dispatches.findActiveCommissionerIdsServing(application.getEnterprise().getId());
    Set<Long> withPost = posts.findCommissionerIdsWithPostAt(application.getEnterprise().getName(), EngineClock.today());
    return pool.stream().map(m -> {
      Commissioner c = m.getCommissioner();
      return new Expert(m.getId(), c.getId(), c.getUserId(), c.getName(), c.getSourceUnit().getCode(),
          c.getSourceUnit().getName(), fields(m.getReviewFields()), c.isBarred(), serving.contains(c.getId()),
          withPost.contains(c.getId()));
    }).toList();
  }

  private static ReviewerDraw.Project project(ProjectApplication application) {
    return new ReviewerDraw.Project(application.getCommissioner().getId(),
        application.getCommissioner().getSourceUnit().getCode(), application.getEnterprise().getName(),
        application.getIndustryGroup().getCode());
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
