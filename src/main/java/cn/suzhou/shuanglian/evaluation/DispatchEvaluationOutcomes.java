package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.dispatch.EvaluationOutcomes;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The yearly evaluations of a dispatch, as the dispatch reads them (P-18). */
@Component
@Transactional(readOnly = true)
class DispatchEvaluationOutcomes implements EvaluationOutcomes {

  private final EvaluationRepository evaluations;

  DispatchEvaluationOutcomes(EvaluationRepository evaluations) {
    this.evaluations = evaluations;
  }

  @Override
  public List<YearResult> of(Long dispatchId) {
    return evaluations.findByDispatchIdOrderByServiceYear(dispatchId).stream()
        .map(e -> new YearResult(e.getId(), e.getServiceYear(), e.getStatus().name(), e.getConfirmedDays(),
            e.getWeightedScore(), e.getGrade() == null ? null : e.getGrade().name(),
            e.getGrade() == null ? null : e.getGrade().label(), e.isExceptionJustified(),
            e.getAcknowledgedAt() != null, e.getGrade() == Grade.UNQUALIFIED))
        .toList();
  }
}
