package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same lock-out contract on MariaDB/MySQL through MySQL Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Lock-out on MariaDB (Connector/J)")
class LockoutOnMariaDbTest extends LockoutContract {}
