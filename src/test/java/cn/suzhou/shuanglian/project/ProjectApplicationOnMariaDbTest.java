package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same joint-project rules on MariaDB/MySQL through Connector/J, where the race is real row locking. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("joint projects (P-19/P-20) on MariaDB (Connector/J)")
class ProjectApplicationOnMariaDbTest extends ProjectApplicationProcessContract {}
