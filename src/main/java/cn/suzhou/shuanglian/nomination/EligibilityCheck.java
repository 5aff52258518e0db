package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.platform.process.EngineAsSystem;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
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
    Map<String, Object> input = Map.of(
        "barred", commissioner.isBarred(),
        "alreadyListed", alreadyListed,
        "sourceUnitType", commissioner.getSourceUnit().getType().name(),
        "conditionsAttested", conditionsAttested);
    Map<String, Object> result = engineAsSystem.call(() ->
        decisions.evaluateDecisionTableByKey("nomineeEligibility", input).getSingleResult().getEntryMap());
    return new Outcome(Boolean.TRUE.equals(result.get("eligible")), String.valueOf(result.get("reason")));
  }
}
