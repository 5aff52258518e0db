package cn.suzhou.shuanglian.servicerecord;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ServiceRecordRepository extends JpaRepository<ServiceRecord, Long>,
    JpaSpecificationExecutor<ServiceRecord> {

  /**
   * The records of a page of the city-wide list with what its rows show (no query per row). Read apart
   * from the page itself: with these joins in the page's query, MariaDB starts from the smallest table
   * (district) and sorts every record for each page; the page's own query reads service_record in
   * id order and stops at the page.
   */
  @EntityGraph(attributePaths = {"enterprise", "dispatch", "dispatch.agreement", "dispatch.commissioner",
      "dispatch.district"})
  List<ServiceRecord> findWithDispatchByIdIn(Collection<Long> ids);


  @EntityGraph(attributePaths = {"enterprise"})
  List<ServiceRecord> findByDispatchIdOrderByStartDateAscIdAsc(Long dispatchId);

  /** A service year's records, whatever their status (the yearly tally, P-15). */
  @EntityGraph(attributePaths = {"enterprise"})
  List<ServiceRecord> findByDispatchIdAndServiceYear(Long dispatchId, int serviceYear);

  @EntityGraph(attributePaths = {"enterprise"})
  Optional<ServiceRecord> findWithEnterpriseById(Long id);

  /** The record a serviceRecord case is about (the case's own link, never a variable). */
  @EntityGraph(attributePaths = {"enterprise", "dispatch", "dispatch.commissioner", "dispatch.district"})
  Optional<ServiceRecord> findWithDispatchByProcessInstanceId(String processInstanceId);

  /** A service year's records of one status, e.g. the confirmed ones that count (P-15). */
  @EntityGraph(attributePaths = {"enterprise"})
  List<ServiceRecord> findByDispatchIdAndServiceYearAndStatusOrderByStartDate(Long dispatchId, int serviceYear,
      ServiceRecordStatus status);
}
