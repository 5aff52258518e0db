package cn.suzhou.shuanglian.platform.process;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** Need-to-know on the engine on H2. */
@ActiveProfiles("test")
@DisplayName("Engine need-to-know on H2")
class EngineNeedToKnowOnH2Test extends EngineNeedToKnowContract {}
