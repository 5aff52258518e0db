package cn.suzhou.shuanglian.servicerecord;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("service records over REST on H2")
class ServiceRecordRestOnH2Test extends ServiceRecordRestContract {}
