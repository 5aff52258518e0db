package cn.suzhou.shuanglian.platform.unicode;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

/** 生僻字 and emoji on H2. */
@ActiveProfiles("test")
@DisplayName("生僻字 and emoji on H2")
class FullUnicodeOnH2Test extends FullUnicodeContract {}
