package cn.suzhou.shuanglian.servicerecord;

import java.util.List;
import org.springframework.stereotype.Component;

/** The service records, for other features (plain delegation to the service record repository). */
@Component
public class ServiceRecords {

  private final ServiceRecordRepository serviceRecords;

  public ServiceRecords(ServiceRecordRepository serviceRecords) {
    this.serviceRecords = serviceRecords;
  }

  public List<ServiceRecord> findByDispatchIdOrderByStartDateAscIdAsc(Long dispatchId) {
    return serviceRecords.findByDispatchIdOrderByStartDateAscIdAsc(dispatchId);
  }
}
