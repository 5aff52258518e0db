package cn.suzhou.shuanglian.nomination;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NominationTaskRepository extends JpaRepository<NominationTask, Long> {

  Optional<NominationTask> findByActivityInstanceId(String activityInstanceId);
}
