package cn.suzhou.shuanglian.export;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same exports on MariaDB/MySQL through Connector/J (utf8mb4: rare characters and emoji). */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Excel exports of the /api lists on MariaDB (Connector/J)")
class ExcelExportOnMariaDbTest extends ExcelExportContract {}
