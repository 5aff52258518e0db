package cn.suzhou.shuanglian.board;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("the board (工作台) over REST on H2")
class BoardRestOnH2Test extends BoardRestContract {}
