package cn.suzhou.shuanglian.expert;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same expertPoolApplication paths on MariaDB/MySQL through Connector/J (V9's keys and checks there). */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("expertPoolApplication on MariaDB (Connector/J)")
class ExpertApplicationOnMariaDbTest extends ExpertApplicationProcessChecks {}
