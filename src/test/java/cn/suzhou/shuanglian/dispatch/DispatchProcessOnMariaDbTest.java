package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same agreement, dispatch and evaluation paths on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("agreements / dispatch / yearly evaluation on MariaDB (Connector/J)")
class DispatchProcessOnMariaDbTest extends DispatchProcessContract {}
