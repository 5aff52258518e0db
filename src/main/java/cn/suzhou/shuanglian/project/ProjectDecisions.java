package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * The people's steps of a joint project (P-19) on the application of the case — the row linked to
 * the process instance, never an id from a variable — each recorded with who acted (the
 * authenticated user) and when: the enterprise's answer, the city bureau's condition check and
 * decision, and the release of the year's places when the application ends before the review. The
 * applicant's side never answers for the enterprise, and nobody with a conflict of interest checks
 * or decides the project ({@link ProjectConflicts}).
 */
@Service
public class ProjectDecisions {

  static final int NOTE_MAX = 1000;

  /** What the applicant reads at the end (知悉申报结果). */
  public record Notice(String label, String note) {}

  /** The city's condition check: met or not, and the notice when not. */
  public record ConditionsOutcome(boolean met, Notice notice) {}

  private final ProjectApplicationRepository applications;
  private final ProjectConflicts conflicts;
  private final Messages messages;

  public ProjectDecisions(ProjectApplicationRepository applications, ProjectConflicts conflicts, Messages messages) {
    this.applications = applications;
    this.conflicts = conflicts;
    this.messages = messages;
  }

  /**
   * P-19, P-14: the enterprise says whether it files jointly (its place of the year is at stake); a
   * refusal needs a reason, which the commissioner reads.
   */
  public void recordJointAnswer(String processInstanceId, String answer, String reason, String actor) {
    if (!AGREE.equals(answer) && !DECLINE.equals(answer)) {
      throw violation(JOINT_ANSWER, "project.joint.answerRequired");
    }
    if (DECLINE.equals(answer) && reason == null) {
      throw violation(JOINT_DECLINE_REASON, "project.joint.reasonRequired");
    }
    if (reason != null && Characters.count(reason) > NOTE_MAX) {
      throw violation(JOINT_DECLINE_REASON, "project.note.tooLong", NOTE_MAX);
    }
    ProjectApplication application = application(processInstanceId);
    refuseIfIn(conflicts.applicantSide(application), actor, JOINT_ANSWER, application);
    application.recordEnterpriseAnswer(actorOrSystem(actor), EngineClock.now());
    applications.saveAndFlush(application);
  }

  /**
   * P-19: only joint projects that meet the conditions of municipal major special projects or S&T
   * plan projects are reviewed; one found not to meet them needs the reason the applicant reads, and
   * ends not approved (it keeps the year's place: it was filed).
   */
  public ConditionsOutcome recordConditions(String processInstanceId, String decision, String note, String actor) {
    if (!MET.equals(decision) && !NOT_MET.equals(decision)) {
      throw violation(CONDITIONS_DECISION, "project.conditions.decisionRequired");
    }
    if (NOT_MET.equals(decision) && note == null) {
      throw violation(CONDITIONS_NOTE, "project.conditions.reasonRequired");
    }
    if (note != null && Characters.count(note) > NOTE_MAX) {
      throw violation(CONDITIONS_NOTE, "project.note.tooLong", NOTE_MAX);
    }
    ProjectApplication application = application(processInstanceId);
    refuseIfIn(conflicts.conflicted(application), actor, CONDITIONS_DECISION, application);
    boolean met = MET.equals(decision);
    application.recordConditions(met, note, actorOrSystem(actor), EngineClock.now());
    applications.saveAndFlush(application);
    return new ConditionsOutcome(met, met ? null
        : new Notice(ProjectStatus.REJECTED.label(), messages.get("project.result.conditionsNotMet", note)));
  }

  /**
   * P-19: the city bureau decides on a reviewed project; not approved needs the reason the applicant
   * reads; only an approved project may be recommended to the provincial projects (择优推荐), with why.
   */
  public Notice decide(String processInstanceId, String decision, String note, boolean recommend,
      String recommendation, String actor) {
    List<Problem> problems = new ArrayList<>();
    boolean approved = APPROVE.equals(decision);
    if (!approved && !REJECT.equals(decision)) {
      problems.add(problem(PROJECT_DECISION, "project.decision.required"));
    }
    if (REJECT.equals(decision) && note == null) {
      problems.add(problem(DECISION_NOTE, "project.decision.reasonRequired"));
    }
    if (recommend && !approved) {
      problems.add(problem(RECOMMEND_PROVINCE, "project.decision.recommendOnlyApproved"));
    } else if (recommend && recommendation == null) {
      problems.add(problem(RECOMMENDATION_NOTE, "project.decision.recommendationReason"));
    }
    if (note != null && Characters.count(note) > NOTE_MAX) {
      problems.add(problem(DECISION_NOTE, "project.note.tooLong", NOTE_MAX));
    }
    if (recommendation != null && Characters.count(recommendation) > NOTE_MAX) {
      problems.add(problem(RECOMMENDATION_NOTE, "project.note.tooLong", NOTE_MAX));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    ProjectApplication application = application(processInstanceId);
    refuseIfIn(conflicts.conflicted(application), actor, PROJECT_DECISION, application);
    application.decide(approved, note, recommend, recommendation, actorOrSystem(actor), EngineClock.now());
    applications.saveAndFlush(application);
    return new Notice(application.getStatus().label()
        + (recommend ? messages.get("project.result.recommendedSuffix") : ""),
        note == null ? messages.get("project.result.approvedNoNote") : note);
  }

  /**
   * P-19: an application that ends before the review — withdrawn by the applicant, or not agreed by
   * the enterprise — gives the commissioner's and the enterprise's place of the year back (the
   * reading of "每年限报1项" chosen in docs/projects.md: what was never put to review was not filed).
   */
  public Notice release(String processInstanceId, ProjectStatus outcome, String reason) {
    ProjectApplication application = application(processInstanceId);
    application.release(outcome, reason, EngineClock.now());
    applications.saveAndFlush(application);
    return new Notice(outcome.label(), messages.get(outcome == ProjectStatus.DECLINED ? "project.result.declined"
        : "project.result.withdrawn", application.getEnterprise().getName(), reason == null ? "" : reason,
        String.valueOf(application.getApplicationYear())));
  }

  /** P-19, P-20: someone the policy keeps from this step may not complete it, whoever assigned it to them. */
  private void refuseIfIn(Set<String> excluded, String actor, Var<?> field, ProjectApplication application) {
    if (actor != null && excluded.contains(actor)) {
      throw violation(field, "project.actor.excluded", application.applicationNo());
    }
  }

  ProjectApplication application(String processInstanceId) {
    return applications.findByProcessInstanceId(processInstanceId).orElseThrow(() -> new IllegalStateException(
        "no project application for process instance " + processInstanceId));
  }

  private static String actorOrSystem(String actor) {
    return actor == null ? "system" : actor;
  }

  private ProcessRuleViolation violation(Var<?> field, String key, Object... args) {
    return new ProcessRuleViolation(List.of(problem(field, key, args)));
  }

  private Problem problem(Var<?> field, String key, Object... args) {
    return new Problem(field.name(), messages.get(key, args));
  }
}
