package cn.suzhou.shuanglian.dispatch;

import java.math.BigDecimal;
import java.util.List;

/**
 * P-18: the yearly evaluations of a dispatch as the dispatch reads them — its detail, the renewal
 * opinions' table, and whether a year was graded 不合格. The yearly evaluations answer it; declared
 * here so that the dispatch need not know them.
 */
public interface EvaluationOutcomes {

  /**
   * One service year's evaluation.
   *
   * @param status the evaluation's state (its enum's name)
   * @param grade the grade's code, null while not graded
   * @param gradeLabel the grade's Chinese label, null while not graded
   * @param unqualified whether the grade is 不合格
   */
  record YearResult(Long evaluationId, int serviceYear, String status, int confirmedDays, BigDecimal weightedScore,
      String grade, String gradeLabel, boolean exceptionJustified, boolean acknowledged, boolean unqualified) {}

  /** The dispatch's evaluations, by service year. */
  List<YearResult> of(Long dispatchId);
}
