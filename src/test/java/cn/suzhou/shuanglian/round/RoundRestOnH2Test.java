package cn.suzhou.shuanglian.round;

import org.junit.jupiter.api.DisplayName;

@DisplayName("selection round over REST on H2")
class RoundRestOnH2Test extends RoundRestContract {}
