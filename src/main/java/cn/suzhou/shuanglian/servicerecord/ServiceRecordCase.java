package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import java.time.LocalDate;

/**
 * A serviceRecord case as its record in the domain describes it: what the process mirrors into its
 * variables for Tasklist (columns, forms) and who its tasks go to — the enterprise's contact, or the
 * district when the enterprise has no login (P-14); the commissioner for a dispute notice.
 */
public record ServiceRecordCase(Long recordId, Long dispatchId, ServiceType serviceType, LocalDate startDate,
    LocalDate endDate, int days, int serviceYear, String creditCode, String summary, String enterpriseName,
    String districtCode, String districtName, String commissionerName, String commissionerUserId,
    String confirmerUserId, String confirmerGroupId) {

  static ServiceRecordCase of(ServiceRecord record) {
    Dispatch dispatch = record.getDispatch();
    Enterprise enterprise = record.getEnterprise();
    String contact = enterprise.getContactUserId();
    boolean hasContact = contact != null && !contact.isBlank();
    return new ServiceRecordCase(record.getId(), dispatch.getId(), record.getServiceType(), record.getStartDate(),
        record.getEndDate(), record.getDays(), record.getServiceYear(), enterprise.getCreditCode(),
        record.getSummary(), enterprise.getName(), dispatch.getDistrict().getCode(), dispatch.getDistrict().getName(),
        dispatch.getCommissioner().getName(), dispatch.getCommissioner().getUserId(), hasContact ? contact : null,
        hasContact ? null : dispatch.getDistrict().groupId());
  }

  /** How Tasklist names the case: 专员 · 企业 · 3天（2025-03-02至03-04）. */
  public String caseTitle() {
    return commissionerName + " · " + enterpriseName + " · " + days + "天（" + startDate + "至"
        + (endDate.getYear() == startDate.getYear() ? endDate.toString().substring(5) : endDate.toString()) + "）";
  }

  /** The business key, SR-&lt;dispatch id&gt;-&lt;record id&gt;. */
  public String businessKey() {
    return "SR-" + dispatchId + "-" + recordId;
  }
}
