package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.ALREADY_LISTED;
import static cn.suzhou.shuanglian.nomination.NominationContract.BARRED;
import static cn.suzhou.shuanglian.nomination.NominationContract.CONDITIONS_ATTESTED;
import static cn.suzhou.shuanglian.nomination.NominationContract.ELIGIBILITY_DECISION;
import static cn.suzhou.shuanglian.nomination.NominationContract.ELIGIBLE;
import static cn.suzhou.shuanglian.nomination.NominationContract.REASON;
import static cn.suzhou.shuanglian.nomination.NominationContract.SOURCE_UNIT_TYPE;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The eligibility table as officials edit it (processes/nomineeEligibility.dmn), rule by rule. */
@Tag("P-07") @Tag("P-08") @Tag("P-18")
@DisplayName("P-07/P-08/P-18 eligibility table nomineeEligibility")
class NomineeEligibilityTableTest {

  static DmnEngine engine;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = Files.newInputStream(Path.of("processes", "nomineeEligibility.dmn"))) {
      decision = engine.parseDecision(ELIGIBILITY_DECISION, in);
    }
  }

  @ParameterizedTest(name = "barred={0} listed={1} type={2} attested={3} → {4}")
  @CsvSource({
      "false, false, UNIVERSITY,             true,  true,  符合选派条件",
      "false, false, RESEARCH_INSTITUTE,     true,  true,  符合选派条件",
      "false, false, ASSOCIATION,            true,  true,  符合选派条件",
      "true,  false, UNIVERSITY,             true,  false, P-18",
      "false, true,  UNIVERSITY,             true,  false, 重复",
      "false, false, PRIVATE_CONSULTANCY,    true,  false, P-08",
      "false, false, STATE_OWNED_ENTERPRISE, false, false, P-07",
      "true,  true,  PRIVATE_CONSULTANCY,    false, false, P-18"})
  @DisplayName("P-07/P-08/P-18 the first matching rule decides, with its reason")
  void rules(boolean barred, boolean listed, String type, boolean attested, boolean eligible, String reason) {
    DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, CONDITIONS_ATTESTED.in(
        SOURCE_UNIT_TYPE.in(ALREADY_LISTED.in(BARRED.map(barred), listed), type), attested));
    assertThat(result).hasSize(1);
    assertThat(result.getSingleResult().<Boolean>getEntry(ELIGIBLE)).isEqualTo(eligible);
    assertThat(result.getSingleResult().<String>getEntry(REASON)).contains(reason);
  }
}
