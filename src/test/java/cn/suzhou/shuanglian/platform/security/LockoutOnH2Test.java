package cn.suzhou.shuanglian.platform.security;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("Lock-out on H2")
class LockoutOnH2Test extends LockoutContract {}
