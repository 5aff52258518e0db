package cn.suzhou.shuanglian.round;

import org.junit.jupiter.api.DisplayName;

@DisplayName("selectionRound / districtDemandCollection on H2")
class SelectionRoundProcessOnH2Test extends SelectionRoundProcessContract {}
