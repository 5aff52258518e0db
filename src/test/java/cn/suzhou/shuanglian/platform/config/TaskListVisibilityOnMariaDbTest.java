package cn.suzhou.shuanglian.platform.config;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.ActiveProfiles;

/** Task-list visibility on MariaDB, where every list and count runs through the indexed check. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Task-list visibility on MariaDB (indexed authorization check)")
class TaskListVisibilityOnMariaDbTest extends TaskListVisibilityContract {

  @Autowired DataSource dataSource;

  @Override
  void rewrites(long rewritten, int calls) {
    assertThat(rewritten).as("every task list and count of a non-administrator was rewritten").isGreaterThanOrEqualTo(calls);
  }

  @Override
  void pagedFirst(long pagedFirst, int departmentLists) {
    assertThat(pagedFirst).as("every 本部门待办 list chose its page on the task ids first").isGreaterThanOrEqualTo(departmentLists);
  }

  @Test
  @DisplayName("the grant check's covering index is on the engine's authorization table (created at start, once)")
  void grantCheckIndex() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement query = connection.createStatement();
        ResultSet columns = query.executeQuery("select COLUMN_NAME from information_schema.STATISTICS where TABLE_SCHEMA ="
            + " database() and INDEX_NAME = '" + TaskListAuthorizationSql.GRANT_CHECK_INDEX + "' order by SEQ_IN_INDEX")) {
      List<String> indexed = new ArrayList<>();
      while (columns.next()) {
        indexed.add(columns.getString(1));
      }
      assertThat(indexed).as("every column of the engine's grant check, the resource id first")
          .containsExactly("RESOURCE_ID_", "TYPE_", "RESOURCE_TYPE_", "PERMS_", "GROUP_ID_", "USER_ID_");
      assertThat(TaskListAuthorizationSql.hasIndex(connection, "ACT_RU_AUTHORIZATION")).isTrue();
    }
  }
}
