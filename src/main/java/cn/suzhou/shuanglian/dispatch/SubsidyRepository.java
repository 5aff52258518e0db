package cn.suzhou.shuanglian.dispatch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SubsidyRepository extends JpaRepository<Subsidy, Long> {

  List<Subsidy> findByDispatchIdOrderByPaidOnAscIdAsc(Long dispatchId);
}
