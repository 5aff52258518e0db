package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;

/** A service record as the API shows it, with the type's Chinese name (P-06, P-09) and its dispatch's commissioner and district. */
public record ServiceRecordView(
    Long id,
    Long dispatchId,
    @Schema(description = "the dispatch's agreement number") String agreementNo,
    String commissionerName,
    @Schema(example = "341302") String districtCode,
    @Schema(example = "埇桥区") String districtName,
    @Schema(example = "CONSULTING") ServiceType serviceType,
    @Schema(example = "技术咨询、诊断、产品开发与成果转化服务") String serviceTypeLabel,
    LocalDate startDate,
    LocalDate endDate,
    int days,
    @Schema(description = "the service year of the dispatch (1 or 2) the period lies in") int serviceYear,
    Long enterpriseId,
    String enterpriseName,
    String creditCode,
    String summary,
    @Schema(description = "PENDING until the enterprise answers; only CONFIRMED days count (P-15)") ServiceRecordStatus status,
    String recordedBy,
    Instant recordedAt,
    String answeredBy,
    Instant answeredAt,
    String disputeReason,
    String processInstanceId) {

  static ServiceRecordView of(ServiceRecord r) {
    Dispatch d = r.getDispatch();
    return new ServiceRecordView(r.getId(), d.getId(), d.getAgreement().getAgreementNo(),
        d.getCommissioner().getName(), d.getDistrict().getCode(), d.getDistrict().getName(), r.getServiceType(), r.getServiceType().label(),
        r.getStartDate(), r.getEndDate(), r.getDays(), r.getServiceYear(), r.getEnterprise().getId(),
        r.getEnterprise().getName(), r.getEnterprise().getCreditCode(), r.getSummary(), r.getStatus(),
        r.getRecordedBy(), r.getRecordedAt(), r.getAnsweredBy(), r.getAnsweredAt(), r.getDisputeReason(),
        r.getProcessInstanceId());
  }
}
