package cn.suzhou.shuanglian.dispatch;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("dispatches over REST on H2")
class DispatchRestOnH2Test extends DispatchRestContract {}
