package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.Commissioners;
import cn.suzhou.shuanglian.dispatch.ConcurrentPosts;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.project.ReviewerDraw.Exclusion;
import cn.suzhou.shuanglian.project.ReviewerDraw.Expert;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * P-20, P-19: who has a conflict of interest with a joint project, by the rules of
 * {@link ReviewerDraw} applied to people — the draw uses the same {@link #project}, {@link #ties}
 * and {@link #expert} for the pool, and these methods apply its {@link ReviewerDraw#exclusion} to
 * every commissioner: the applicant, their source unit's colleagues, the enterprise's staff, an
 * expert holding a post at the enterprise or whose running dispatch serves it; and the enterprise's
 * contact. The case is the application of the process instance, never an id from a variable.
 */
@Component
public class ProjectConflicts {

  /** The conflicts that put someone on the applicant's side of the filing. */
  static final Set<Exclusion> APPLICANT_SIDE = EnumSet.of(Exclusion.APPLICANT, Exclusion.SAME_SOURCE_UNIT);

  /** Every conflict of interest (not: barred, no login — reasons not to draw someone, not conflicts). */
  static final Set<Exclusion> CONFLICTS = EnumSet.copyOf(
      Arrays.stream(Exclusion.values()).filter(Exclusion::isConflict).toList());

  private final ProjectApplicationRepository applications;
  private final Commissioners commissioners;
  private final Dispatches dispatches;
  private final ConcurrentPosts posts;

  public ProjectConflicts(ProjectApplicationRepository applications, Commissioners commissioners,
      Dispatches dispatches, ConcurrentPosts posts) {
    this.applications = applications;
    this.commissioners = commissioners;
    this.dispatches = dispatches;
    this.posts = posts;
  }

  /** What ties commissioners to the project's enterprise today: a running dispatch serving it, a post held there. */
  public record Ties(Set<Long> serving, Set<Long> holdingPost) {}

  /** The project as the conflict rules see it. */
  static ReviewerDraw.Project project(ProjectApplication application) {
    return new ReviewerDraw.Project(application.getCommissioner().getId(),
        application.getCommissioner().getSourceUnit().getCode(), application.getEnterprise().getName(),
        application.getIndustryGroup().getCode());
  }

  /** The ties to the application's enterprise, today. */
  public Ties ties(ProjectApplication application) {
    return new Ties(dispatches.findActiveCommissionerIdsServing(application.getEnterprise().getId()),
        posts.findCommissionerIdsWithPostAt(application.getEnterprise().getName(), EngineClock.today()));
  }

  /** A commissioner as the draw sees them (membership and review fields when they are in the pool). */
  static Expert expert(Commissioner c, Long membershipId, Set<String> reviewFields, Ties ties) {
    return new Expert(membershipId, c.getId(), c.getUserId(), c.getName(), c.getSourceUnit().getCode(),
        c.getSourceUnit().getName(), reviewFields, c.isBarred(), ties.serving().contains(c.getId()),
        ties.holdingPost().contains(c.getId()));
  }

  /** The applicant and their source unit's commissioners: they never answer for the enterprise. */
  @Transactional(readOnly = true)
  public Set<String> applicantSide(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId).map(this::applicantSide).orElse(Set.of());
  }

  /** Everyone with a conflict of interest: they never check, review or decide the project. */
  @Transactional(readOnly = true)
  public Set<String> conflicted(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId).map(this::conflicted).orElse(Set.of());
  }

  /** The applicant's side of this application (within the caller's transaction). */
  public Set<String> applicantSide(ProjectApplication application) {
    return people(application, APPLICANT_SIDE);
  }

  /** Everyone with a conflict of interest with this application, and its enterprise's contact. */
  public Set<String> conflicted(ProjectApplication application) {
    Set<String> people = new TreeSet<>(people(application, CONFLICTS));
    String contact = application.getEnterprise().getContactUserId();
    if (contact != null && !contact.isBlank()) {
      people.add(contact);
    }
    return Collections.unmodifiableSet(people);
  }

  /** The logins of the commissioners whose first exclusion from this project is one of {@code reasons}. */
  private Set<String> people(ProjectApplication application, Set<Exclusion> reasons) {
    ReviewerDraw.Project project = project(application);
    Ties ties = ties(application);
    Set<String> people = new TreeSet<>();
    for (Commissioner c : commissioners.findAllByOrderById()) {
      if (c.getUserId() != null && !c.getUserId().isBlank()) {
        ReviewerDraw.exclusion(expert(c, null, Set.of(), ties), project).filter(reasons::contains)
            .ifPresent(reason -> people.add(c.getUserId()));
      }
    }
    return Collections.unmodifiableSet(people);
  }
}
