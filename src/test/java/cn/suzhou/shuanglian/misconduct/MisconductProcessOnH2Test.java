package cn.suzhou.shuanglian.misconduct;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("misconduct cases (违纪处理) on H2")
class MisconductProcessOnH2Test extends MisconductProcessContract {}
