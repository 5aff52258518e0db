package cn.suzhou.shuanglian.misconduct;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same REST paths on MariaDB/MySQL through Connector/J. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("/api/misconduct-cases over REST on MariaDB (Connector/J)")
class MisconductRestOnMariaDbTest extends MisconductRestContract {}
