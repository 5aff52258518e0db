package cn.suzhou.shuanglian.report;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same level filters and report on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("provincial-level commissioners over REST on MariaDB (Connector/J)")
class ProvincialLevelRestOnMariaDbTest extends ProvincialLevelRestContract {}
