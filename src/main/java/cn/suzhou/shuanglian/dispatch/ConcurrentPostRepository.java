package cn.suzhou.shuanglian.dispatch;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConcurrentPostRepository extends JpaRepository<ConcurrentPost, Long> {

  List<ConcurrentPost> findByDispatchIdOrderById(Long dispatchId);
}
