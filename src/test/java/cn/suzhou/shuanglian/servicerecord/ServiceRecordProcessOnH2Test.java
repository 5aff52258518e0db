package cn.suzhou.shuanglian.servicerecord;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("serviceRecord on H2")
class ServiceRecordProcessOnH2Test extends ServiceRecordProcessContract {}
