package cn.suzhou.shuanglian.servicerecord;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same REST contract on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("service records over REST on MariaDB (Connector/J)")
class ServiceRecordRestOnMariaDbTest extends ServiceRecordRestContract {}
