package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.CaseFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-15, P-18: opens the year's evaluation with its confirmed service records and the district's
 * scheme in force (again after waiting for a scheme). The first pass links the evaluation of the
 * dispatch and year the calling dispatch case passed in to this case; from then on the case's
 * evaluation is that row, and the variables written here only mirror it.
 */
@Component("openEvaluation")
public class OpenEvaluation implements JavaDelegate {

  private final EvaluationService evaluations;
  private final FormRows rows;

  public OpenEvaluation(EvaluationService evaluations, FormRows rows) {
    this.evaluations = evaluations;
    this.rows = rows;
  }

  @Override
  public void execute(DelegateExecution execution) {
    DelegateExecution caller = execution.getProcessInstance().getSuperExecution();
    CaseFacts facts = evaluations.open(DISPATCH_ID.from(execution), SERVICE_YEAR.from(execution),
        execution.getProcessInstanceId(), caller == null ? null : caller.getProcessInstanceId());
    EVALUATION_ID.set(execution, facts.evaluationId());
    SERVICE_YEAR.set(execution, (long) facts.serviceYear());
    CASE_TITLE.set(execution, facts.caseTitle());
    COMMISSIONER_NAME.set(execution, facts.commissionerName());
    APPLICANT_NAME.set(execution, facts.commissionerName());
    COMMISSIONER_USER_ID.set(execution, facts.commissionerUserId());
    DISTRICT_CODE.set(execution, facts.districtCode());
    DISTRICT_NAME.set(execution, facts.districtName());
    SOURCE_UNIT_CODE.set(execution, facts.sourceUnitCode());
    YEAR_START_DATE.set(execution, facts.yearStart());
    YEAR_END_DATE.set(execution, facts.yearEnd());
    CONFIRMED_DAYS.set(execution, (long) facts.confirmedDays());
    MIN_SERVICE_DAYS.set(execution, (long) facts.minServiceDays());
    CONFIRMED_SERVICES.set(execution, (long) facts.confirmedServices());
    PENDING_SERVICES.set(execution, (long) facts.pendingServices());
    DEMANDS_HANDLED.set(execution, (long) facts.demandsHandled());
    SERVICES_BY_TYPE.set(execution, rows.of(facts.servicesByType()));
    EVALUATION_DUE_DATE.set(execution, facts.dueDate());
  }
}
