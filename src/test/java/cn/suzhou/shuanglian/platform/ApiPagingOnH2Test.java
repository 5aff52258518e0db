package cn.suzhou.shuanglian.platform;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("/api paging on H2")
class ApiPagingOnH2Test extends ApiPagingContract {}
