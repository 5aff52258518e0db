package cn.suzhou.shuanglian.nomination;

import static cn.suzhou.shuanglian.nomination.NominationContract.ALREADY_LISTED;
import static cn.suzhou.shuanglian.nomination.NominationContract.BARRED;
import static cn.suzhou.shuanglian.nomination.NominationContract.CONDITIONS_ATTESTED;
import static cn.suzhou.shuanglian.nomination.NominationContract.ELIGIBILITY_DECISION;
import static cn.suzhou.shuanglian.nomination.NominationContract.ELIGIBLE;
import static cn.suzhou.shuanglian.nomination.NominationContract.REASON;
import static cn.suzhou.shuanglian.nomination.NominationContract.SOURCE_UNIT_TYPE;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/**
 * P-07, P-08, P-18, P-12(2): asks the DMN table {@code nomineeEligibility} (processes/, editable by
 * officials) whether a commissioner may be on the list. Evaluated as the system: the table is the
 * rule, whoever drafts the list.
 */
@Component
public class EligibilityCheck {

  /** The table's answer. */
  public record Outcome(boolean eligible, String reason) {}

  private final DecisionService decisions;
  private final EngineAsSystem engineAsSystem;

  public EligibilityCheck(DecisionService decisions, EngineAsSystem engineAsSystem) {
    this.decisions = decisions;
    this.engineAsSystem = engineAsSystem;
  }

  public Outcome of(Commissioner commissioner, boolean conditionsAttested, boolean alreadyListed) {
    VariableMap input = BARRED.map(commissioner.isBarred());
    ALREADY_LISTED.in(input, alreadyListed);
    SOURCE_UNIT_TYPE.in(input, commissioner.getSourceUnit().getType().name());
    CONDITIONS_ATTESTED.in(input, conditionsAttested);
    Map<String, Object> result = engineAsSystem.call(() ->
        decisions.evaluateDecisionTableByKey(ELIGIBILITY_DECISION, input).getSingleResult().getEntryMap());
    return new Outcome(Boolean.TRUE.equals(result.get(ELIGIBLE)), String.valueOf(result.get(REASON)));
  }
}
