package cn.suzhou.shuanglian.project;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.ProcessActors;
import cn.suzhou.shuanglian.project.ProjectFiling.Filer;
import cn.suzhou.shuanglian.project.ProjectFiling.Filing;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * 核验申报资格 (P-19): hands the start's fields and the authenticated filer to {@link ProjectFiling},
 * which checks and writes the application of this process instance; then mirrors what the tasks
 * show and sets the business key (the application number). The named commissioner, a REST-only
 * input, is not kept: the application row says whose project it is.
 */
@Component("validateProjectApplication")
public class ValidateProjectApplication implements JavaDelegate {

  private final ProjectFiling filing;

  public ValidateProjectApplication(ProjectFiling filing) {
    this.filing = filing;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    Filing entered = new Filing(Entered.from(COMMISSIONER_ID, execution), CREDIT_CODE.from(execution),
        TITLE.from(execution), CATEGORY.from(execution), INDUSTRY_GROUP.from(execution), CONTENT.from(execution),
        GOALS.from(execution), Entered.from(TOTAL_BUDGET, execution), Entered.from(ENTERPRISE_FUNDING, execution),
        Entered.from(DURATION_MONTHS, execution), JOINT_PLEDGE.from(execution));
    Filer filer = new Filer(ProcessActors.currentUserId(engine, null), ProcessActors.callerIsCity(engine));
    ProjectCase filed = filing.file(entered, filer, execution.getProcessInstanceId());

    COMMISSIONER_ID.remove(execution);
    APPLICATION_NO.set(execution, filed.applicationNo());
    APPLICATION_YEAR.set(execution, (long) filed.year());
    TITLE.set(execution, filed.title());
    CATEGORY.set(execution, filed.category());
    CATEGORY_LABEL.set(execution, filed.categoryLabel());
    INDUSTRY_GROUP.set(execution, filed.industryGroupCode());
    INDUSTRY_GROUP_NAME.set(execution, filed.industryGroupName());
    CONTENT.set(execution, filed.content());
    GOALS.set(execution, filed.goals());
    TOTAL_BUDGET.set(execution, filed.totalBudget());
    ENTERPRISE_FUNDING.set(execution, filed.enterpriseFunding());
    DURATION_MONTHS.set(execution, (long) filed.durationMonths());
    CREDIT_CODE.set(execution, filed.creditCode());
    ENTERPRISE_NAME.set(execution, filed.enterpriseName());
    DISTRICT_CODE.set(execution, filed.districtCode());
    DISTRICT_NAME.set(execution, filed.districtName());
    APPLICANT_NAME.set(execution, filed.applicantName());
    SOURCE_UNIT_NAME.set(execution, filed.sourceUnitName());
    COMMISSIONER_USER_ID.set(execution, filed.commissionerUserId());
    ENTERPRISE_USER_ID.set(execution, filed.enterpriseUserId());
    ENTERPRISE_GROUP_ID.set(execution, filed.enterpriseGroupId());
    REVIEW_PRIORITY.set(execution, (long) filed.reviewPriority());
    CASE_TITLE.set(execution, filed.caseTitle());
    execution.setProcessBusinessKey(filed.applicationNo());
  }
}
