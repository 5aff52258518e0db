package cn.suzhou.shuanglian.platform;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same REST contract on MariaDB/MySQL through MySQL Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("REST on MariaDB (Connector/J)")
class RestOnMariaDbTest extends RestContract {}
