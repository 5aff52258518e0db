package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.WORK_SUMMARY;

import cn.suzhou.shuanglian.platform.process.CompletionCheck;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** P-18: the commissioner's yearly summary (述职) is required, 20–4000 characters. */
@Component("recordWorkSummary")
public class RecordWorkSummary extends CompletionCheck {

  private final EvaluationService evaluations;

  public RecordWorkSummary(EvaluationService evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  protected void check(DelegateExecution execution) {
    evaluations.summarise(execution.getProcessInstanceId(), WORK_SUMMARY.from(execution));
  }
}
