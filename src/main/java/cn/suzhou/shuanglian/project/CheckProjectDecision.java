package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-19: the city bureau decides on a reviewed joint project; a project not approved needs the reason
 * the applicant will read; only an approved project may be recommended to the provincial projects
 * (择优推荐), and a recommendation states why. Recorded with who decided and when.
 */
@Component("checkProjectDecision")
public class CheckProjectDecision extends CompletionCheck {

  static final int NOTE_MAX = 1000;

  private final ProjectApplicationRepository applications;
  private final Messages messages;

  public CheckProjectDecision(ProjectApplicationRepository applications, Messages messages) {
    this.applications = applications;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    List<Problem> problems = new ArrayList<>();
    String decision = in.text(PROJECT_DECISION);
    boolean approved = APPROVE.equals(decision);
    if (!approved && !REJECT.equals(decision)) {
      problems.add(new Problem(PROJECT_DECISION, messages.get("project.decision.required")));
    }
    String note = in.text(DECISION_NOTE);
    if (REJECT.equals(decision) && note == null) {
      problems.add(new Problem(DECISION_NOTE, messages.get("project.decision.reasonRequired")));
    }
    boolean recommend = in.isTrue(RECOMMEND_PROVINCE);
    String recommendation = in.text(RECOMMENDATION_NOTE);
    if (recommend && !approved) {
      problems.add(new Problem(RECOMMEND_PROVINCE, messages.get("project.decision.recommendOnlyApproved")));
    } else if (recommend && recommendation == null) {
      problems.add(new Problem(RECOMMENDATION_NOTE, messages.get("project.decision.recommendationReason")));
    }
    for (String field : List.of(DECISION_NOTE, RECOMMENDATION_NOTE)) {
      String text = in.text(field);
      if (text != null && text.length() > NOTE_MAX) {
        problems.add(new Problem(field, messages.get("project.note.tooLong", NOTE_MAX)));
      }
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    ProjectApplication application = applications.findById(in.number(APPLICATION_ID)).orElseThrow();
    application.decide(approved, note, recommend, recommendation,
        ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"), EngineClock.now());
    applications.saveAndFlush(application);
    execution.setVariable(RESULT_LABEL, application.getStatus().label()
        + (recommend ? messages.get("project.result.recommendedSuffix") : ""));
    execution.setVariable(RESULT_NOTE, note == null ? messages.get("project.result.approvedNoNote") : note);
  }
}
