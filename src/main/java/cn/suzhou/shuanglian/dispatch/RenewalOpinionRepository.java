package cn.suzhou.shuanglian.dispatch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RenewalOpinionRepository extends JpaRepository<RenewalOpinion, Long> {

  List<RenewalOpinion> findByDispatchIdOrderById(Long dispatchId);
}
