package cn.suzhou.shuanglian.dispatch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcurrentPostRepository extends JpaRepository<ConcurrentPost, Long> {

  List<ConcurrentPost> findByDispatchIdOrderById(Long dispatchId);

  /** P-16, P-20: commissioners holding a post at the organisation on the day (they may not review its projects). */
  @org.springframework.data.jpa.repository.Query("select d.commissioner.id from ConcurrentPost p, Dispatch d "
      + "where p.dispatchId = d.id and p.organisation = :organisation and p.startDate <= :day "
      + "and (p.endDate is null or p.endDate >= :day)")
  java.util.Set<Long> findCommissionerIdsWithPostAt(String organisation, java.time.LocalDate day);
}
