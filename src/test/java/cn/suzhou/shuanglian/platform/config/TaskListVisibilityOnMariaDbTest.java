package cn.suzhou.shuanglian.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** Task-list visibility on MariaDB, where every list and count runs through the indexed check. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Task-list visibility on MariaDB (indexed authorization check)")
class TaskListVisibilityOnMariaDbTest extends TaskListVisibilityContract {

  @Override
  void rewrites(long rewritten, int calls) {
    assertThat(rewritten).as("every task list and count of a non-administrator was rewritten").isGreaterThanOrEqualTo(calls);
  }
}
