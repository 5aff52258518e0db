package cn.suzhou.shuanglian.servicerecord;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long> {

  @EntityGraph(attributePaths = {"enterprise"})
  List<ServiceRecord> findByDispatchIdOrderByStartDateAscIdAsc(Long dispatchId);

  /** A service year's records of one status, e.g. the confirmed ones that count (P-15). */
  @EntityGraph(attributePaths = {"enterprise"})
  List<ServiceRecord> findByDispatchIdAndServiceYearAndStatusOrderByStartDate(Long dispatchId, int serviceYear,
      ServiceRecordStatus status);
}
