package cn.suzhou.shuanglian.dispatch;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("agreements / dispatch / yearly evaluation on H2")
class DispatchProcessOnH2Test extends DispatchProcessContract {}
