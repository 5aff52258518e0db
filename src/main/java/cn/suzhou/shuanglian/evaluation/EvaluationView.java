package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A yearly evaluation (年度考核, P-18) in the city-wide list: what {@code GET /api/dispatches/{id}} shows of
 * its results (status, confirmed days, weighted score, grade, exception, acknowledgement) with the dispatch
 * it belongs to. Comments, summaries and the enterprises' ratings stay in the case.
 */
public record EvaluationView(
    Long id,
    Long dispatchId,
    String agreementNo,
    Long commissionerId,
    String commissionerName,
    @Schema(example = "MUNICIPAL") CommissionerLevel commissionerLevel,
    @Schema(example = "市级") String commissionerLevelLabel,
    String sourceUnitName,
    @Schema(example = "341302") String districtCode,
    @Schema(example = "埇桥区") String districtName,
    @Schema(description = "the dispatch's service year (1 or 2)") int serviceYear,
    @Schema(example = "APPROVED") EvaluationStatus status,
    @Schema(description = "confirmed days of service of the year (P-15)") int confirmedDays,
    int confirmedServices,
    BigDecimal weightedScore,
    @Schema(description = "whether the confirmed days reach the yearly minimum (P-15); null before scoring")
    Boolean serviceTimeMet,
    boolean exceptionJustified,
    @Schema(example = "QUALIFIED") Grade grade,
    @Schema(example = "合格") String gradeLabel,
    Instant approvedAt,
    @Schema(description = "the source unit has acknowledged the result") boolean acknowledgedBySourceUnit) {

  static EvaluationView of(Evaluation e) {
    Dispatch d = e.getDispatch();
    return new EvaluationView(e.getId(), d.getId(), d.getAgreement().getAgreementNo(), d.getCommissioner().getId(),
        d.getCommissioner().getName(), d.getCommissioner().getLevel(), d.getCommissioner().getLevel().label(),
        d.getSourceUnit().getName(), d.getDistrict().getCode(), d.getDistrict().getName(), e.getServiceYear(),
        e.getStatus(), e.getConfirmedDays(), e.getConfirmedServices(), e.getWeightedScore(), e.getServiceTimeMet(),
        e.isExceptionJustified(), e.getGrade(), e.getGrade() == null ? null : e.getGrade().label(),
        e.getApprovedAt(), e.getAcknowledgedAt() != null);
  }
}
