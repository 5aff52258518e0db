package cn.suzhou.shuanglian.misconduct;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("/api/misconduct-cases over REST on H2")
class MisconductRestOnH2Test extends MisconductRestContract {}
