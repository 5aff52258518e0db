package cn.suzhou.shuanglian.evaluation;

import org.junit.jupiter.api.DisplayName;
import org.springframework.test.context.ActiveProfiles;

@ActiveProfiles("test")
@DisplayName("yearly evaluation (P-18) on H2")
class YearlyEvaluationProcessOnH2Test extends YearlyEvaluationProcessContract {}
