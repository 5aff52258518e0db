package cn.suzhou.shuanglian.misconduct;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same misconduct paths on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("misconduct cases (违纪处理) on MariaDB (Connector/J)")
class MisconductProcessOnMariaDbTest extends MisconductProcessContract {}
