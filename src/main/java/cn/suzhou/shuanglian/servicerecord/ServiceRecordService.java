package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchAccess;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.web.ApiException;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import cn.suzhou.shuanglian.platform.process.EngineClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Service records (服务记录, P-06, P-09, P-15): the yearly tally the evaluation reads (only confirmed
 * days count), the enterprise's answer, who may read a dispatch's records (P-14: the district, the
 * source unit and the service units manage the commissioner jointly), and the task candidates of the
 * process.
 */
@Service
public class ServiceRecordService {

  private final ServiceRecordRepository records;
  private final DispatchRepository dispatches;
  private final EnterpriseRepository enterprises;

  public ServiceRecordService(ServiceRecordRepository records, DispatchRepository dispatches,
      EnterpriseRepository enterprises) {
    this.records = records;
    this.dispatches = dispatches;
    this.enterprises = enterprises;
  }

  /**
   * P-15: a service year of a dispatch in figures — confirmed days, services, types and enterprises
   * from CONFIRMED records only, pending and disputed records counted apart.
   */
  @Transactional(readOnly = true)
  public ServiceTally tally(Long dispatchId, int serviceYear) {
    int confirmedDays = 0;
    int confirmed = 0;
    int pending = 0;
    int disputed = 0;
    Map<ServiceType, Integer> byType = new EnumMap<>(ServiceType.class);
    Map<ServiceType, Integer> daysByType = new EnumMap<>(ServiceType.class);
    for (ServiceType type : ServiceType.values()) {
      byType.put(type, 0);
      daysByType.put(type, 0);
    }
    Set<Long> enterpriseIds = new LinkedHashSet<>();
    for (ServiceRecord record : records.findByDispatchIdAndServiceYear(dispatchId, serviceYear)) {
      switch (record.getStatus()) {
        case CONFIRMED -> {
          confirmed++;
          confirmedDays += record.getDays();
          byType.merge(record.getServiceType(), 1, Integer::sum);
          daysByType.merge(record.getServiceType(), record.getDays(), Integer::sum);
          enterpriseIds.add(record.getEnterprise().getId());
        }
        case PENDING -> pending++;
        case DISPUTED -> disputed++;
      }
    }
    return new ServiceTally(confirmedDays, confirmed, Collections.unmodifiableMap(byType),
        Collections.unmodifiableMap(daysByType), Collections.unmodifiableSet(enterpriseIds), pending, disputed);
  }

  /** The enterprise's answer to a record (P-15): confirmed days count, disputed ones do not. */
  @Transactional
  public void answer(Long recordId, boolean confirmed, String disputeReason, String userId) {
    ServiceRecord record = records.findById(recordId)
        .orElseThrow(() -> new IllegalStateException("service record " + recordId + " vanished"));
    Instant now = EngineClock.now();
    if (confirmed) {
      record.confirm(userId, now);
    } else {
      record.dispute(userId, disputeReason, now);
    }
    records.saveAndFlush(record);
  }

  /**
   * A dispatch's records as the caller may read them (P-14): all of them for the city bureau, process
   * managers, the district of the dispatch, the commissioner's source unit and the commissioner;
   * an enterprise contact only their own enterprise's; anyone else is refused.
   */
  @Transactional(readOnly = true)
  public List<ServiceRecordView> readableRecords(Long dispatchId, CurrentUser user) {
    Dispatch dispatch = dispatches.findWithDetailsById(dispatchId)
        .orElseThrow(() -> ApiException.notFound("serviceRecord.api.dispatchUnknown", dispatchId));
    if (DispatchAccess.managedBy(user, dispatch)) {
      return records.findByDispatchIdOrderByStartDateAscIdAsc(dispatchId).stream().map(ServiceRecordView::of).toList();
    }
    Set<Long> ownEnterprises = enterprises.findAllById(dispatch.getEnterpriseIds()).stream()
        .filter(e -> user.userId().equals(e.getContactUserId()))
        .map(Enterprise::getId)
        .collect(Collectors.toSet());
    if (ownEnterprises.isEmpty()) {
      throw ApiException.forbidden("serviceRecord.api.forbidden");
    }
    return records.findByDispatchIdOrderByStartDateAscIdAsc(dispatchId).stream()
        .filter(r -> ownEnterprises.contains(r.getEnterprise().getId()))
        .map(ServiceRecordView::of).toList();
  }

  @Transactional(readOnly = true)
  public ServiceRecordView view(Long recordId) {
    return records.findWithEnterpriseById(recordId).map(ServiceRecordView::of)
        .orElseThrow(() -> new IllegalStateException("service record " + recordId + " vanished"));
  }
}
