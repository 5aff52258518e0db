package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** Need-to-know on the engine on MariaDB through Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Engine need-to-know on MariaDB (Connector/J)")
class EngineNeedToKnowOnMariaDbTest extends EngineNeedToKnowContract {}
