package cn.suzhou.shuanglian.export;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same import on MariaDB/MySQL through Connector/J (utf8mb4: 𠮷 and emoji in names). */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Excel import of service units and demands on MariaDB (Connector/J)")
class ExcelImportOnMariaDbTest extends ExcelImportContract {}
