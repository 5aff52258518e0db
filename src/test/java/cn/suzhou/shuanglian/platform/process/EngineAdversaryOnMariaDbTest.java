package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The adversarial suite on MariaDB through Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Engine adversary on MariaDB (Connector/J)")
class EngineAdversaryOnMariaDbTest extends EngineAdversaryContract {}
