package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.*;

import cn.suzhou.shuanglian.expert.ExpertApplicationService.ApplicationCase;
import cn.suzhou.shuanglian.expert.ExpertApplicationService.ApplicationInput;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/**
 * The start of expertPoolApplication (P-20): reads the application through the contract, has
 * {@link ExpertApplicationService#file} check and write it as the authenticated user, mirrors the
 * application into the case's variables for Tasklist, and removes the resident ID and phone from the
 * case — they were checked against the commissioner information database and are kept nowhere else.
 */
@Component("validateExpertApplication")
public class ValidateExpertApplication implements JavaDelegate {

  private final ExpertApplicationService applications;

  public ValidateExpertApplication(ExpertApplicationService applications) {
    this.applications = applications;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<Problem> unreadable = new ArrayList<>();
    Long named = null;
    try {
      named = COMMISSIONER_ID.from(execution);
    } catch (NumberFormatException e) {
      unreadable.add(applications.problem(COMMISSIONER_ID, "expert.application.commissioner.notANumber",
          String.valueOf(COMMISSIONER_ID.raw(execution)).trim()));
    }
    ApplicationInput input = new ApplicationInput(named, RESIDENT_ID.from(execution), PHONE.from(execution),
        TITLE.from(execution), EXPERTISE.from(execution), REVIEW_FIELDS.from(execution), ACHIEVEMENTS.from(execution),
        CONSENT.from(execution), unreadable);
    ProcessEngineServices engine = execution.getProcessEngineServices();
    ApplicationCase filed = applications.file(input, ProcessActors.currentUserId(engine, null),
        ProcessActors.callerIsCity(engine), execution.getProcessInstanceId());

    RESIDENT_ID.remove(execution);
    PHONE.remove(execution);
    mirror(execution, filed);
    execution.setProcessBusinessKey(filed.businessKey());
  }

  /** The case's variables for Tasklist and the rejection notice's assignee, from its application. */
  static void mirror(VariableScope scope, ApplicationCase application) {
    COMMISSIONER_ID.set(scope, application.commissionerId());
    APPLICANT_USER_ID.set(scope, application.applicantUserId());
    APPLICANT_NAME.set(scope, application.applicantName());
    SOURCE_UNIT_NAME.set(scope, application.sourceUnitName());
    TITLE.set(scope, application.title());
    EXPERTISE.set(scope, application.expertise());
    ACHIEVEMENTS.set(scope, application.achievements());
    REVIEW_FIELDS.set(scope, application.reviewFields());
    REVIEW_FIELDS_TEXT.set(scope, application.reviewFieldsText());
    CASE_TITLE.set(scope, application.caseTitle());
  }
}
