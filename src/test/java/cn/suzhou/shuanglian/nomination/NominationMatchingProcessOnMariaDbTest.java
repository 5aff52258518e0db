package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same nomination and matching paths on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("nomination / matching on MariaDB (Connector/J)")
class NominationMatchingProcessOnMariaDbTest extends NominationMatchingProcessContract {}
