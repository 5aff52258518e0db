package cn.suzhou.shuanglian.platform;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same paging on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("/api paging on MariaDB (Connector/J)")
class ApiPagingOnMariaDbTest extends ApiPagingContract {}
