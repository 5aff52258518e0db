package cn.suzhou.shuanglian.board;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same board on MariaDB/MySQL through Connector/J (the aggregate SQL, 生僻字 in utf8mb4). */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("the board (工作台) over REST on MariaDB (Connector/J)")
class BoardRestOnMariaDbTest extends BoardRestContract {}
