package cn.suzhou.shuanglian.evaluation;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("evaluation scheme (P-18) on H2")
class EvaluationSchemeProcessOnH2Test extends EvaluationSchemeProcessContract {}
