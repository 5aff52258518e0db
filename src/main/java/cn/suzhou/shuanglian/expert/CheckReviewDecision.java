package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.*;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import cn.suzhou.shuanglian.platform.process.ProcessActors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * P-20: the city bureau's review must decide (approve or reject) and a rejection must give the
 * reason the applicant will read; {@link ExpertApplicationService#decide} records it on the case's
 * application as the authenticated reviewer. The case's variables are mirrored again from the
 * application, so that a rejection reaches its applicant whatever a completion sent.
 */
@Component("checkReviewDecision")
public class CheckReviewDecision extends CompletionCheck {

  private final ExpertApplicationService applications;

  public CheckReviewDecision(ExpertApplicationService applications) {
    this.applications = applications;
  }

  @Override
  protected void check(DelegateExecution execution) {
    ValidateExpertApplication.mirror(execution, applications.decide(execution.getProcessInstanceId(),
        REVIEW_DECISION.from(execution), REJECTION_REASON.from(execution),
        ProcessActors.currentUserId(execution.getProcessEngineServices(), null)));
  }
}
