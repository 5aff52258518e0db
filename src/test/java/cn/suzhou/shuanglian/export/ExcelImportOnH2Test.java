package cn.suzhou.shuanglian.export;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("Excel import of service units and demands on H2")
class ExcelImportOnH2Test extends ExcelImportContract {}
