package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same dispatch API on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("dispatches over REST on MariaDB (Connector/J)")
class DispatchRestOnMariaDbTest extends DispatchRestContract {}
