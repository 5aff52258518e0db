package cn.suzhou.shuanglian.platform;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("REST on H2")
class RestOnH2Test extends RestContract {}
