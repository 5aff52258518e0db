package cn.suzhou.shuanglian.platform;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The bad-input battery on MariaDB/MySQL through MySQL Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Bad-input battery on MariaDB (Connector/J)")
class BadInputBatteryOnMariaDbTest extends BadInputBatteryContract {

  @Override
  String db() {
    return "MariaDB";
  }
}
