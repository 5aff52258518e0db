package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same serviceRecord paths on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("serviceRecord on MariaDB (Connector/J)")
class ServiceRecordProcessOnMariaDbTest extends ServiceRecordProcessContract {}
