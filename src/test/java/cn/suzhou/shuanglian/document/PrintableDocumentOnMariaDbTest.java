package cn.suzhou.shuanglian.document;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same documents on MariaDB/MySQL through Connector/J (utf8mb4: rare characters in the names). */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("Printable documents (PDF) on MariaDB (Connector/J)")
class PrintableDocumentOnMariaDbTest extends PrintableDocumentContract {}
