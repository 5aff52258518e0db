package cn.suzhou.shuanglian.misconduct;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** A misconduct case as the API shows it (P-17); the reporter is masked for readers who may not know them. */
public record MisconductCaseView(
    Long id,
    @Schema(description = "case number and business key", example = "违纪-3-12") String caseNumber,
    Long dispatchId,
    @Schema(example = "宿科协〔2025〕341302-1") String agreementNo,
    Long commissionerId,
    String commissionerName,
    String districtCode,
    String districtName,
    String sourceUnitCode,
    @Schema(example = "SOLICITING") MisconductCategory category,
    @Schema(example = "强揽业务") String categoryLabel,
    String facts,
    LocalDate occurredOn,
    String evidence,
    @Schema(description = "who reported; null for the commissioner concerned and their source unit") String reporterUserId,
    @Schema(description = "CITY, DISTRICT or ENTERPRISE; null where the reporter is masked") ReporterRole reporterRole,
    @Schema(description = "whether the reporter is hidden from this reader") boolean reporterMasked,
    Instant reportedAt,
    @Schema(description = "REPORTED → INVESTIGATED → CONFIRMED or DISMISSED") MisconductStatus status,
    @Schema(description = "the district's finding: true 查实, false 不实, null before the investigation") Boolean substantiated,
    String findings,
    MisconductMeasure recommendedMeasure,
    Boolean recommendBar,
    @Schema(description = "the city's measure of a confirmed case") MisconductMeasure measure,
    @Schema(description = "列入禁派: never dispatched again (P-18 bar)") boolean barred,
    String decisionReason,
    String decidedBy,
    Instant decidedAt,
    @Schema(description = "TERMINATED, ALREADY_ENDED or CONTINUES") DispatchOutcome dispatchOutcome,
    String processInstanceId) {

  static MisconductCaseView of(MisconductCase c, String caseNumber, boolean seesReporter) {
    var d = c.getDispatch();
    return new MisconductCaseView(c.getId(), caseNumber, d.getId(), d.getAgreement().getAgreementNo(),
        c.getCommissionerId(), d.getCommissioner().getName(), c.getDistrictCode(), d.getDistrict().getName(),
        c.getSourceUnitCode(), c.getCategory(), c.getCategory().label(), c.getFacts(), c.getOccurredOn(),
        c.getEvidence(), seesReporter ? c.getReporterUserId() : null, seesReporter ? c.getReporterRole() : null,
        !seesReporter, c.getReportedAt(), c.getStatus(), c.getSubstantiated(), c.getFindings(),
        c.getRecommendedMeasure(), c.getRecommendBar(), c.getMeasure(), c.isBarred(), c.getDecisionReason(),
        c.getDecidedBy(), c.getDecidedAt(), c.getDispatchOutcome(), c.getProcessInstanceId());
  }
}
