package cn.suzhou.shuanglian.nomination;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("nomination / matching on H2")
class NominationMatchingProcessOnH2Test extends NominationMatchingProcessContract {}
