package cn.suzhou.shuanglian.round;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("selection round over REST on H2")
class RoundRestOnH2Test extends RoundRestContract {}
