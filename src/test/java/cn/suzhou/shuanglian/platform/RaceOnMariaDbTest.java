package cn.suzhou.shuanglian.platform;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same races on MariaDB/MySQL through Connector/J, where row locks, unique keys and deadlocks are InnoDB's. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("races on MariaDB (Connector/J): one winner, the rest 409, no 500, no stall")
class RaceOnMariaDbTest extends RaceContract {

  @Override
  String database() {
    return "MariaDB";
  }
}
