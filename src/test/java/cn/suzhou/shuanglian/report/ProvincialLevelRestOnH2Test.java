package cn.suzhou.shuanglian.report;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("provincial-level commissioners over REST on H2")
class ProvincialLevelRestOnH2Test extends ProvincialLevelRestContract {}
