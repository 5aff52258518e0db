package cn.suzhou.shuanglian.platform.security;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LoginLockEventRepository extends JpaRepository<LoginLockEvent, Long> {

  List<LoginLockEvent> findAllByOrderByOccurredAtDescIdDesc(Pageable page);

  List<LoginLockEvent> findByUserIdOrderByOccurredAtDescIdDesc(String userId, Pageable page);
}
