package cn.suzhou.shuanglian.platform.unicode;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** 生僻字 and emoji on MariaDB through Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("生僻字 and emoji on MariaDB (Connector/J)")
class FullUnicodeOnMariaDbTest extends FullUnicodeContract {}
