package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationVariables.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.web.Messages;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-19: only joint projects that meet the conditions of municipal major special projects or S&T plan
 * projects are reviewed. The city bureau's check is recorded with who checked and when; a project
 * found not to meet them needs the reason the applicant will read, and ends not approved (it keeps
 * the year's place: it was filed).
 */
@Component("checkProjectConditions")
public class CheckProjectConditions extends CompletionCheck {

  static final int NOTE_MAX = 1000;

  private final ProjectApplicationRepository applications;
  private final Messages messages;

  public CheckProjectConditions(ProjectApplicationRepository applications, Messages messages) {
    this.applications = applications;
    this.messages = messages;
  }

  @Override
  protected void check(DelegateExecution execution) {
    VariableReader in = new VariableReader(execution);
    String decision = in.text(CONDITIONS_DECISION);
    if (!MET.equals(decision) && !NOT_MET.equals(decision)) {
      throw new ProcessRuleViolation(CONDITIONS_DECISION, messages.get("project.conditions.decisionRequired"));
    }
    String note = in.text(CONDITIONS_NOTE);
    if (NOT_MET.equals(decision) && note == null) {
      throw new ProcessRuleViolation(CONDITIONS_NOTE, messages.get("project.conditions.reasonRequired"));
    }
    if (note != null && note.length() > NOTE_MAX) {
      throw new ProcessRuleViolation(CONDITIONS_NOTE, messages.get("project.note.tooLong", NOTE_MAX));
    }
    boolean met = MET.equals(decision);
    ProjectApplication application = applications.findById(in.number(APPLICATION_ID)).orElseThrow();
    application.recordConditions(met, note, ProcessActors.currentUserId(execution.getProcessEngineServices(), "system"),
        EngineClock.now());
    applications.saveAndFlush(application);
    execution.setVariable(CONDITIONS_MET, met);
    if (!met) {
      execution.setVariable(RESULT_LABEL, ProjectStatus.REJECTED.label());
      execution.setVariable(RESULT_NOTE, messages.get("project.result.conditionsNotMet", note));
    }
  }
}
