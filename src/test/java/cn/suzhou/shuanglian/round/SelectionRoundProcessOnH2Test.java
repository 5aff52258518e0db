package cn.suzhou.shuanglian.round;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("selectionRound / districtDemandCollection on H2")
class SelectionRoundProcessOnH2Test extends SelectionRoundProcessContract {}
