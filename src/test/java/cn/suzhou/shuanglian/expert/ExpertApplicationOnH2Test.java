package cn.suzhou.shuanglian.expert;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("expertPoolApplication on H2")
class ExpertApplicationOnH2Test extends ExpertApplicationProcessChecks {}
