package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** P-18: records the grade the DMN table evaluationGrade gave (优秀 / 合格 / 基本合格 / 不合格). */
@Component("recordGrade")
public class RecordGrade implements JavaDelegate {

  private final EvaluationService evaluations;

  public RecordGrade(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  @SuppressWarnings("unchecked")
  public void execute(DelegateExecution execution) {
    execution.setVariables(evaluations.recordGrade(new VariableReader(execution).number("evaluationId"),
        (Map<String, Object>) execution.getVariable("gradeResult")));
  }
}
