package cn.suzhou.shuanglian.platform.config;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The HAL relation cache on MariaDB, with the indexed task-list check in place. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("HAL relation cache keeps each reader's list their own (MariaDB)")
class HalRelationCacheOnMariaDbTest extends HalRelationCacheContract {}
