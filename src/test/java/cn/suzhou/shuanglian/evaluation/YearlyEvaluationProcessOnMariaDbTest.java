package cn.suzhou.shuanglian.evaluation;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The same yearly-evaluation paths on MariaDB/MySQL through Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("yearly evaluation (P-18) on MariaDB (Connector/J)")
class YearlyEvaluationProcessOnMariaDbTest extends YearlyEvaluationProcessContract {}
