package cn.suzhou.shuanglian.platform.process;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** The adversarial suite on H2. */
@ActiveProfiles("test")
@DisplayName("Engine adversary on H2")
class EngineAdversaryOnH2Test extends EngineAdversaryContract {}
