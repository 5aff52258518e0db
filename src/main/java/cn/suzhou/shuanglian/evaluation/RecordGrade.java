package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.*;

import cn.suzhou.shuanglian.evaluation.EvaluationService.GradeFacts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * P-18: records the grade the DMN table evaluationGrade gave (优秀 / 合格 / 基本合格 / 不合格) — its
 * answer, just mapped out of 评定考核等次 in this transaction — and mirrors what the approval shows.
 */
@Component("recordGrade")
public class RecordGrade implements JavaDelegate {

  private final EvaluationService evaluations;

  public RecordGrade(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public void execute(DelegateExecution execution) {
    GradeFacts facts = evaluations.recordGrade(execution.getProcessInstanceId(), GRADE.from(execution),
        GRADE_REASON.from(execution));
    GRADE.set(execution, facts.grade().name());
    GRADE_LABEL.set(execution, facts.grade().label());
    GRADE_REASON.set(execution, facts.gradeReason());
    WEIGHTED_SCORE.set(execution, facts.weightedScore());
    SCORE_TEXT.set(execution, facts.scoreText());
    EXCEPTION_TEXT.set(execution, facts.exceptionText());
    DISTRICT_COMMENT.set(execution, facts.districtComment());
    APPROVAL_DECISION.set(execution, null);
    APPROVAL_COMMENT.set(execution, null);
  }
}
