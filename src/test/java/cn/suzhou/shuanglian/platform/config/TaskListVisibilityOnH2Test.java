package cn.suzhou.shuanglian.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;

/** Task-list visibility on H2, which keeps the engine's own SQL. */
@DisplayName("Task-list visibility on H2 (the engine's SQL)")
class TaskListVisibilityOnH2Test extends TaskListVisibilityContract {

  @Override
  void rewrites(long rewritten, int calls) {
    assertThat(rewritten).as("H2 keeps the engine's task query").isZero();
  }

  @Override
  void pagedFirst(long pagedFirst, int departmentLists) {
    assertThat(pagedFirst).as("H2 keeps the engine's task query").isZero();
  }
}
