package cn.suzhou.shuanglian.matching;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MatchingTaskRepository extends JpaRepository<MatchingTask, Long> {

  @EntityGraph(attributePaths = {"district"})
  Optional<MatchingTask> findByActivityInstanceId(String activityInstanceId);
}
