package cn.suzhou.shuanglian.project;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("joint projects (P-19/P-20) on H2")
class ProjectApplicationOnH2Test extends ProjectApplicationProcessContract {}
