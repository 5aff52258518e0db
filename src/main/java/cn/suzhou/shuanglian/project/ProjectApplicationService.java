package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.dispatch.DispatchAccess;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.Messages;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Joint project applications (P-19) for {@code /api} and the process: who may read one (P-14: the
 * parties of the dispatch, the enterprise filing jointly, the experts reviewing it), the review
 * queue's order (joint projects first), withdrawal before the review, and the due dates of the
 * process's tasks. The bean's name, {@code projectApplicationService}, is used in the model.
 */
@Service("projectApplicationService")
public class ProjectApplicationService {

  static final int WITHDRAWAL_REASON_MAX = 500;

  private final ProjectApplicationRepository applications;
  private final ProjectReviewRepository reviews;
  private final ProjectProperties properties;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engineAsSystem;
  private final Messages messages;

  public ProjectApplicationService(ProjectApplicationRepository applications, ProjectReviewRepository reviews,
      ProjectProperties properties, RuntimeService runtimeService, EngineAsSystem engineAsSystem,
      Messages messages) {
    this.messages = messages;
    this.applications = applications;
    this.reviews = reviews;
    this.properties = properties;
    this.runtimeService = runtimeService;
    this.engineAsSystem = engineAsSystem;
  }

  /** Due date of the enterprise's confirmation, the condition check, the reviews and the decision. */
  public Date dueDate() {
    return EngineClock.dueAfter(properties.taskPeriod());
  }

  /** The review queue's order: the year (latest first), the review priority (joint projects first, P-19), filing. */
  static final Sort QUEUE_ORDER = Sort.by(Sort.Order.desc("applicationYear"), Sort.Order.desc("reviewPriority"),
      Sort.Order.asc("filedAt"), Sort.Order.asc("id"));

  /**
   * A page of the applications the caller may read, in the review queue's order, filtered by year,
   * status, the commissioner's level (P-13) and district when given. Who may read ({@link #mayRead}) is
   * a condition of the query, so that the page and its total count hold only readable applications.
   */
  @Transactional(readOnly = true)
  public Page<ProjectApplicationView> list(CurrentUser user, Integer year, ProjectStatus status,
      LevelFilter level, String districtCode, Pageable pageable) {
    Specification<ProjectApplication> condition = (root, query, cb) -> {
      List<Predicate> all = new ArrayList<>();
      Predicate managed = DispatchAccess.managedBy(user, root.get("dispatch"), cb);
      if (managed != null) {
        Subquery<Long> reviewing = query.subquery(Long.class);
        Root<ProjectReview> review = reviewing.from(ProjectReview.class);
        reviewing.select(review.get("application").get("id"))
            .where(cb.equal(review.get("reviewerUserId"), user.userId()));
        all.add(cb.or(managed, cb.equal(root.get("enterprise").get("contactUserId"), user.userId()),
            root.get("id").in(reviewing)));
      }
      if (year != null) {
        all.add(cb.equal(root.get("applicationYear"), year));
      }
      if (status != null) {
        all.add(cb.equal(root.get("status"), status));
      }
      if (level.level() != null) {
        all.add(cb.equal(root.get("commissioner").get("level"), level.level()));
      }
      if (districtCode != null) {
        all.add(cb.equal(root.get("dispatch").get("district").get("code"), districtCode));
      }
      return cb.and(all.toArray(Predicate[]::new));
    };
    Page<ProjectApplication> readable = applications.findAll(condition,
        PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), QUEUE_ORDER));
    boolean showReviewers = user.readsAllDistricts();
    Map<Long, List<ProjectReview>> byApplication = readable.hasContent()
        ? reviews.findByApplicationIdIn(readable.stream().map(ProjectApplication::getId).toList()).stream()
            .collect(Collectors.groupingBy(r -> r.getApplication().getId()))
        : Map.of();
    return readable.map(a -> ProjectApplicationView.of(a, byApplication.getOrDefault(a.getId(), List.of()),
        showReviewers));
  }

  @Transactional(readOnly = true)
  public ProjectApplicationView view(Long id, CurrentUser user) {
    ProjectApplication application = applications.findWithDetailsById(id)
        .orElseThrow(() -> ApiException.notFound("project.api.unknown", id));
    if (!mayRead(user, application)) {
      throw ApiException.forbidden("project.api.forbidden");
    }
    return ProjectApplicationView.of(application, reviews.findByApplicationIdOrderById(id), user.readsAllDistricts());
  }

  /** The application of the case (process instance), as the caller may read it. */
  @Transactional(readOnly = true)
  public ProjectApplicationView viewOfCase(String processInstanceId, CurrentUser user) {
    ProjectApplication application = applications.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no project application for process instance " + processInstanceId));
    return view(application.getId(), user);
  }

  /**
   * P-19: the applicant (or the city bureau) withdraws an application the city has not yet checked;
   * the process gives the year's places back. Anything later is refused with the status named.
   */
  @Transactional
  public ProjectApplicationView withdraw(Long id, String reason, CurrentUser user) {
    ProjectApplication application = applications.findWithDetailsById(id)
        .orElseThrow(() -> ApiException.notFound("project.api.unknown", id));
    if (!mayRead(user, application)) {
      throw ApiException.forbidden("project.api.forbidden");
    }
    if (!user.isCity() && !user.userId().equals(application.getCommissioner().getUserId())) {
      throw ApiException.forbidden("project.api.withdrawForbidden");
    }
    String text = reason == null ? "" : reason.trim();
    if (text.isEmpty() || Characters.count(text) > WITHDRAWAL_REASON_MAX) {
      throw ApiException.invalid(List.of(new ApiException.FieldProblem("reason",
          messages.get("project.api.withdrawalReason"))));
    }
    boolean waiting = application.getStatus() == ProjectStatus.SUBMITTED
        && engineAsSystem.call(() -> runtimeService.createEventSubscriptionQuery()
            .processInstanceId(application.getProcessInstanceId())
            .eventType("message").eventName(MESSAGE_WITHDRAWN).count()) > 0;
    if (!waiting) {
      throw ApiException.conflict("project.api.notWithdrawable", application.applicationNo(),
          application.getStatus().label());
    }
    engineAsSystem.run(() -> runtimeService.createMessageCorrelation(MESSAGE_WITHDRAWN)
        .processInstanceId(application.getProcessInstanceId())
        .setVariables(WITHDRAWAL_REASON.map(text))
        .correlateWithResult());
    return view(id, user);
  }

  /**
   * P-14: the city bureau and process managers; the parties of the dispatch (district, source unit,
   * the commissioner); the enterprise filing jointly; an expert drawn to review it.
   */
  boolean mayRead(CurrentUser user, ProjectApplication application) {
    return mayRead(user, application, reviews.findApplicationIdsByReviewerUserId(user.userId()));
  }

  private static boolean mayRead(CurrentUser user, ProjectApplication application, Set<Long> reviewing) {
    return DispatchAccess.managedBy(user, application.getDispatch())
        || user.userId().equals(application.getEnterprise().getContactUserId())
        || reviewing.contains(application.getId());
  }
}
