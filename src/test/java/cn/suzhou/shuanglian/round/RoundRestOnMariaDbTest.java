package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The selection round over REST on MariaDB/MySQL through Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("selection round over REST on MariaDB (Connector/J)")
class RoundRestOnMariaDbTest extends RoundRestContract {}
