package cn.suzhou.shuanglian.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The grade table as officials edit it (processes/evaluationGrade.dmn), rule by rule and on every
 * boundary, with the lines of a typical scheme (优秀 90, 合格 75, 基本合格 60) evaluated by Camunda's
 * FEEL engine as the process engine evaluates it.
 */
@Tag("P-18") @Tag("P-15")
@DisplayName("P-18/P-15 grade table evaluationGrade")
class EvaluationGradeTableTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "evaluationGrade.dmn"))) {
      decision = engine.parseDecision("evaluationGrade", in);
    }
  }

  static DmnDecisionRuleResult grade(Object score, boolean met, boolean justified) {
    return grade(score, new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"), met, justified);
  }

  static DmnDecisionRuleResult grade(Object score, Object excellent, Object qualified, Object basic, boolean met,
      boolean justified) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("weightedScore", score);
    variables.put("excellentMin", excellent);
    variables.put("qualifiedMin", qualified);
    variables.put("basicMin", basic);
    variables.put("serviceTimeMet", met);
    variables.put("exceptionJustified", justified);
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
    assertThat(result).as("first hit for score %s", score).hasSize(1);
    return result.getSingleResult();
  }

  @ParameterizedTest(name = "score {0}, service time met {1}, exception justified {2} → {3}")
  @CsvSource({
      // 优秀 from 90
      "100,   true,  false, EXCELLENT,   优秀,     服务时间达标",
      "90,    true,  false, EXCELLENT,   优秀,     服务时间达标",
      "90.00, true,  false, EXCELLENT,   优秀,     服务时间达标",
      "89.99, true,  false, QUALIFIED,   合格,     服务时间达标",
      // 合格 from 75
      "75,    true,  false, QUALIFIED,   合格,     服务时间达标",
      "74.99, true,  false, BASIC,       基本合格, 未达合格线",
      // 基本合格 from 60, below it 不合格
      "60,    true,  false, BASIC,       基本合格, 未达合格线",
      "59.99, true,  false, UNQUALIFIED, 不合格,   低于基本合格线",
      "0,     true,  false, UNQUALIFIED, 不合格,   低于基本合格线",
      // service time short with a justified exception: the score decides
      "100,   false, true,  EXCELLENT,   优秀,     正当理由",
      "90,    false, true,  EXCELLENT,   优秀,     正当理由",
      "75,    false, true,  QUALIFIED,   合格,     正当理由",
      "74.99, false, true,  BASIC,       基本合格, 未达合格线",
      // service time short without one: capped at 基本合格 (P-15, P-18)
      "100,   false, false, BASIC,       基本合格, 服务时间不足且无正当理由",
      "90,    false, false, BASIC,       基本合格, 服务时间不足且无正当理由",
      "75,    false, false, BASIC,       基本合格, 服务时间不足且无正当理由",
      "60,    false, false, BASIC,       基本合格, 未达合格线",
      // below the basic line no exception helps
      "59.99, false, true,  UNQUALIFIED, 不合格,   低于基本合格线",
      "0,     false, true,  UNQUALIFIED, 不合格,   低于基本合格线",
      "59.99, false, false, UNQUALIFIED, 不合格,   低于基本合格线"})
  @DisplayName("P-18/P-15 the first matching rule decides the grade, its label and reason")
  void rules(BigDecimal score, boolean met, boolean justified, String grade, String label, String reason) {
    DmnDecisionRuleResult result = grade(score, met, justified);
    assertThat(result.<String>getEntry("grade")).isEqualTo(grade);
    assertThat(result.<String>getEntry("gradeLabel")).isEqualTo(label);
    assertThat(result.<String>getEntry("gradeReason")).contains(reason).contains("P-18");
  }

  @Test
  @DisplayName("P-15/P-18 the capped grade names both clauses")
  void cappedReasonNamesBothClauses() {
    assertThat(grade(new BigDecimal("95"), false, false).<String>getEntry("gradeReason"))
        .isEqualTo("服务时间不足且无正当理由，等次不高于基本合格（P-15、P-18）");
  }

  @Test
  @DisplayName("P-18 the lines are the district's: the same score grades differently under other lines, whatever number type the caller passes")
  void linesComeFromTheScheme() {
    assertThat(grade(85.5d, 85.5d, 70, 50, true, false).<String>getEntry("grade")).isEqualTo("EXCELLENT");
    assertThat(grade(85.5d, 95, 85.6d, 60L, true, false).<String>getEntry("grade")).isEqualTo("BASIC");
    assertThat(grade(49, new BigDecimal("85.50"), 70, new BigDecimal("49.00"), true, false).<String>getEntry("grade"))
        .isEqualTo("BASIC");
    assertThat(grade(48, 85, 70, 49, true, true).<String>getEntry("grade")).isEqualTo("UNQUALIFIED");
  }
}
