package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.*;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.Commissioners;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications to the Suzhou S&T expert database (专家库入库申请, P-20): filing one (the rules of the
 * expertPoolApplication start), the city bureau's decision, and the membership an approval gives.
 * The process's delegates only translate between its contract ({@link ExpertApplicationContract})
 * and these methods; a case's application is always the {@code expert_application} row linked to
 * its process instance, and who acts is the authenticated user the delegate passes in.
 *
 * <p>One application under review per commissioner is checked before the row is written and held by
 * the database (a unique key on {@code pending_commissioner_id}) when two filings race past the
 * check; the loser is refused like any other rule, never with a database error.
 */
@Service
public class ExpertApplicationService {

  static final int TITLE_MAX = 64;
  static final int EXPERTISE_MAX = 500;
  static final int ACHIEVEMENTS_MAX = 2000;
  static final int REASON_MAX = 1000;
  /** Who acted when nobody is authenticated (the application itself). */
  static final String SYSTEM = "system";

  private final ExpertApplicationRepository applications;
  private final ExpertMembershipRepository memberships;
  private final Commissioners commissioners;
  private final IndustryGroups industryGroups;
  private final RuntimeService runtimeService;
  private final EngineAsSystem engineAsSystem;
  private final Messages messages;

  public ExpertApplicationService(ExpertApplicationRepository applications, ExpertMembershipRepository memberships,
      Commissioners commissioners, IndustryGroups industryGroups, RuntimeService runtimeService,
      EngineAsSystem engineAsSystem, Messages messages) {
    this.applications = applications;
    this.memberships = memberships;
    this.commissioners = commissioners;
    this.industryGroups = industryGroups;
    this.runtimeService = runtimeService;
    this.engineAsSystem = engineAsSystem;
    this.messages = messages;
  }

  /**
   * An application as sent at the start (start form or REST).
   *
   * @param commissionerId the commissioner a REST caller names (the city filing on their behalf), or
   *     null for the applicant themself
   * @param unreadable problems with values that could not be read at all (an id that is no number)
   */
  public record ApplicationInput(Long commissionerId, String residentId, String phone, String title,
      String expertise, List<String> reviewFields, String achievements, boolean consent, List<Problem> unreadable) {

    public ApplicationInput {
      reviewFields = reviewFields == null ? List.of() : List.copyOf(reviewFields);
      unreadable = List.copyOf(unreadable);
    }
  }

  /**
   * P-20: checks an application and writes it (PENDING) for the case. The applicant is the
   * authenticated commissioner, or the commissioner a city official names; the resident ID and the
   * phone must be those of the commissioner information database (they are kept nowhere else); title,
   * expertise and review fields are given, consent is declared; the person is neither a member yet
   * nor waiting on another application. Every problem is reported at once, by field; when the only
   * problems are places already taken the refusal is a {@link ProcessRuleConflict}. Nothing is
   * written when a problem is found.
   *
   * @param actorUserId the authenticated user starting the case (null when nobody is authenticated)
   * @param actorIsCity whether that user is the city bureau (or an administrator)
   */
  @Transactional
  public ApplicationCase file(ApplicationInput input, String actorUserId, boolean actorIsCity,
      String processInstanceId) {
    List<Problem> problems = new ArrayList<>(input.unreadable());
    boolean applicantUnreadable = problems.stream().anyMatch(p -> p.field().equals(COMMISSIONER_ID.name()));
    Commissioner commissioner = applicantUnreadable ? null
        : resolveApplicant(input.commissionerId(), actorUserId, actorIsCity, problems);

    String residentId = input.residentId();
    if (residentId == null) {
      problems.add(required(RESIDENT_ID));
    } else if (!ChineseIdentifiers.isResidentIdNumber(residentId)) {
      problems.add(problem(RESIDENT_ID, "expert.application.residentId.invalid"));
    } else if (commissioner != null && !residentId.equals(commissioner.getResidentId())) {
      problems.add(problem(RESIDENT_ID, "expert.application.residentId.mismatch"));
    }

    String phone = input.phone();
    if (phone == null) {
      problems.add(required(PHONE));
    } else if (!ChineseIdentifiers.isMobilePhone(phone)) {
      problems.add(problem(PHONE, "shuanglian.validation.mobile"));
    } else if (commissioner != null && !phone.equals(commissioner.getPhone())) {
      problems.add(problem(PHONE, "expert.application.phone.mismatch"));
    }

    String title = text(TITLE, input.title(), TITLE_MAX, true, problems);
    String expertise = text(EXPERTISE, input.expertise(), EXPERTISE_MAX, true, problems);
    String achievements = text(ACHIEVEMENTS, input.achievements(), ACHIEVEMENTS_MAX, false, problems);

    Map<String, IndustryGroup> groups = groups();
    List<String> fields = input.reviewFields();
    List<String> unknown = fields.stream().filter(code -> !groups.containsKey(code)).toList();
    if (fields.isEmpty()) {
      problems.add(required(REVIEW_FIELDS));
    } else if (!unknown.isEmpty()) {
      problems.add(problem(REVIEW_FIELDS, "expert.application.reviewFields.unknown", String.join(", ", unknown)));
    }

    if (!input.consent()) {
      problems.add(problem(CONSENT, "expert.application.consent.required"));
    }

    List<Problem> taken = commissioner == null ? List.of() : placesTaken(commissioner);
    if (!problems.isEmpty() || !taken.isEmpty()) {
      List<Problem> all = new ArrayList<>(taken);
      all.addAll(problems);
      throw problems.isEmpty() ? new ProcessRuleConflict(all) : new ProcessRuleViolation(all);
    }

    ExpertApplication application = holdPlace(new ExpertApplication(commissioner, processInstanceId, title,
        expertise, String.join(",", fields), achievements, actorUserId == null ? SYSTEM : actorUserId,
        EngineClock.now()));
    return ApplicationCase.of(application, groups);
  }

  /**
   * The applicant: the commissioner a caller names — themself, or anyone when the city bureau files
   * on their behalf — else the commissioner whose login is authenticated.
   */
  private Commissioner resolveApplicant(Long named, String actorUserId, boolean actorIsCity, List<Problem> problems) {
    if (named == null) {
      if (actorUserId == null) {
        problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.notAuthenticated"));
        return null;
      }
      Optional<Commissioner> own = commissioners.findByUserId(actorUserId);
      if (own.isEmpty()) {
        problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.notInDatabase", actorUserId));
        return null;
      }
      return own.get();
    }
    Optional<Commissioner> found = commissioners.findWithDetailsById(named);
    if (found.isEmpty()) {
      problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.unknown", named));
      return null;
    }
    boolean self = actorUserId != null && actorUserId.equals(found.get().getUserId());
    if (!self && !actorIsCity) {
      problems.add(problem(COMMISSIONER_ID, "expert.application.commissioner.notSelf"));
      return null;
    }
    return found.get();
  }

  /**
   * P-20: the places the commissioner already holds — a membership, an application under review. An
   * application whose case no longer runs (deleted in Cockpit before a decision) is cancelled here
   * and holds nothing.
   */
  List<Problem> placesTaken(Commissioner commissioner) {
    List<Problem> taken = new ArrayList<>();
    if (memberships.findByCommissionerId(commissioner.getId()).isPresent()) {
      taken.add(problem(COMMISSIONER_ID, "expert.application.alreadyMember", commissioner.getName()));
    }
    Optional<ExpertApplication> pending = applications.findByPendingCommissionerId(commissioner.getId());
    if (pending.isPresent()) {
      if (caseRuns(pending.get().getProcessInstanceId())) {
        taken.add(pendingProblem(commissioner));
      } else {
        try {
          pending.get().cancel();
          applications.saveAndFlush(pending.get());
        } catch (OptimisticLockingFailureException race) {
          throw new ProcessRuleConflict(List.of(pendingProblem(commissioner)));
        }
      }
    }
    return taken;
  }

  /** Whether the case still runs, whatever the caller may read of the engine's instances. */
  private boolean caseRuns(String processInstanceId) {
    return engineAsSystem.call(() ->
        runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0);
  }

  /**
   * Writes the application, taking the commissioner's one place under review. When another
   * application took it since the check (two filings at once), the database's unique key refuses
   * this one, and so does this method: a {@link ProcessRuleConflict} naming the rule.
   */
  ExpertApplication holdPlace(ExpertApplication application) {
    try {
      return applications.saveAndFlush(application);
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException race) {
      throw new ProcessRuleConflict(List.of(pendingProblem(application.getCommissioner())));
    }
  }

  private Problem pendingProblem(Commissioner commissioner) {
    return problem(COMMISSIONER_ID, "expert.application.pending", commissioner.getName());
  }

  /**
   * P-20: the city bureau's decision on the case's application — approve, or reject with the reason
   * the applicant will read — recorded with the reviewer and the time; the place under review is
   * given back. Nobody decides on their own application.
   *
   * @param decision {@link ExpertApplicationContract#APPROVE} or {@link ExpertApplicationContract#REJECT}
   * @param reviewerUserId the authenticated user completing the review; null when nobody is (the system)
   */
  @Transactional
  public ApplicationCase decide(String processInstanceId, String decision, String rejectionReason,
      String reviewerUserId) {
    if (!APPROVE.equals(decision) && !REJECT.equals(decision)) {
      throw new ProcessRuleViolation(REVIEW_DECISION.name(), messages.get("expert.review.decisionRequired"));
    }
    boolean approved = APPROVE.equals(decision);
    if (!approved && rejectionReason == null) {
      throw new ProcessRuleViolation(REJECTION_REASON.name(), messages.get("expert.review.reasonRequired"));
    }
    if (!approved && Characters.count(rejectionReason) > REASON_MAX) {
      throw new ProcessRuleViolation(REJECTION_REASON.name(), messages.get("expert.application.tooLong",
          messages.get("expert.field." + REJECTION_REASON.name()), REASON_MAX));
    }
    ExpertApplication application = ofCase(processInstanceId);
    if (reviewerUserId != null && reviewerUserId.equals(application.getCommissioner().getUserId())) {
      throw new ProcessRuleViolation(REVIEW_DECISION.name(), messages.get("expert.review.ownApplication"));
    }
    String reviewer = reviewerUserId == null ? SYSTEM : reviewerUserId;
    if (approved) {
      application.approve(reviewer, EngineClock.now());
    } else {
      application.reject(reviewer, rejectionReason, EngineClock.now());
    }
    applications.saveAndFlush(application);
    return ApplicationCase.of(application, groups());
  }

  /**
   * P-20: the approved applicant of the case becomes a member of the expert database, with what the
   * application says (not what the case's variables say), in the transaction of the approval. The
   * unique key on the commissioner keeps one membership per person; a second is refused as a rule.
   */
  @Transactional
  public ExpertMembership admit(String processInstanceId) {
    ExpertApplication application = ofCase(processInstanceId);
    if (application.getStatus() != ExpertApplicationStatus.APPROVED) {
      throw new IllegalStateException("expert application " + application.getId() + " is " + application.getStatus()
          + ", not APPROVED");
    }
    try {
      return memberships.saveAndFlush(new ExpertMembership(application.getCommissioner(), application.getExpertise(),
          application.getTitle(), application.getReviewFields(), application.getAchievements(),
          application.getReviewerUserId(), application.getDecidedAt(), processInstanceId));
    } catch (DataIntegrityViolationException | PessimisticLockingFailureException race) {
      throw new ProcessRuleConflict(List.of(problem(REVIEW_DECISION, "expert.application.alreadyMember",
          application.getCommissioner().getName())));
    }
  }

  /** The application of a case, with its commissioner. */
  @Transactional(readOnly = true)
  public Optional<ExpertApplication> findByCase(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId);
  }

  private ExpertApplication ofCase(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId)
        .orElseThrow(() -> new IllegalStateException("no expert application for case " + processInstanceId));
  }

  private Map<String, IndustryGroup> groups() {
    return industryGroups.findAll().stream().collect(Collectors.toMap(IndustryGroup::getCode, Function.identity()));
  }

  private String text(Var<String> field, String value, int max, boolean required, List<Problem> problems) {
    if (value == null) {
      if (required) {
        problems.add(required(field));
      }
      return null;
    }
    if (Characters.count(value) > max) {
      problems.add(problem(field, "expert.application.tooLong", label(field), max));
      return null;
    }
    return value;
  }

  private String label(Var<?> field) {
    return messages.get("expert.field." + field.name());
  }

  private Problem required(Var<?> field) {
    return problem(field, "expert.application.required", label(field));
  }

  /** A problem naming a field of the contract. */
  public Problem problem(Var<?> field, String key, Object... args) {
    return new Problem(field.name(), messages.get(key, args));
  }

  /**
   * An expertPoolApplication case as its application describes it: what the process mirrors into its
   * variables for Tasklist, and who reads a rejection.
   */
  public record ApplicationCase(Long applicationId, Long commissionerId, String applicantUserId,
      String applicantName, String sourceUnitName, String title, String expertise, String achievements,
      List<String> reviewFields, String reviewFieldsText, int year) {

    static ApplicationCase of(ExpertApplication application, Map<String, IndustryGroup> groups) {
      Commissioner commissioner = application.getCommissioner();
      List<String> fields = Arrays.asList(application.getReviewFields().split(","));
      return new ApplicationCase(application.getId(), commissioner.getId(), application.applicantUserId(),
          commissioner.getName(), commissioner.getSourceUnit().getName(), application.getTitle(),
          application.getExpertise(), application.getAchievements(), List.copyOf(fields),
          fields.stream().map(code -> Optional.ofNullable(groups.get(code)).map(IndustryGroup::getName).orElse(code))
              .collect(Collectors.joining("、")),
          application.getCreatedAt().atZone(EngineClock.ZONE).getYear());
    }

    /** How Tasklist names the case. */
    public String caseTitle() {
      return "专家库入库申请：" + applicantName + "（" + sourceUnitName + "）";
    }

    /** The business key, EXP-&lt;year&gt;-&lt;commissioner id&gt;. */
    public String businessKey() {
      return "EXP-" + year + "-" + commissionerId;
    }
  }
}
