package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same process paths on MariaDB/MySQL through Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("selectionRound / districtDemandCollection on MariaDB (Connector/J)")
class SelectionRoundProcessOnMariaDbTest extends SelectionRoundProcessContract {}
