package cn.suzhou.shuanglian.export;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("Excel exports of the /api lists on H2")
class ExcelExportOnH2Test extends ExcelExportContract {}
