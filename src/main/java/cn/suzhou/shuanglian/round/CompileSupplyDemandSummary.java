package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.round.SelectionRoundVariables.*;

import cn.suzhou.shuanglian.demand.DemandCollection;
import cn.suzhou.shuanglian.demand.DemandCollectionRepository;
import cn.suzhou.shuanglian.demand.DemandStatus;
import cn.suzhou.shuanglian.platform.process.JsonVariables;
import cn.suzhou.shuanglian.platform.process.VariableReader;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * P-04: once every district of the round is approved, compiles the supply–demand comparison the
 * round keeps for nomination and shows it to the city bureau in its next task. A district not
 * approved here is a technical inconsistency (an incident), not a rule for a person to fix.
 */
@Component("compileSupplyDemandSummary")
public class CompileSupplyDemandSummary implements JavaDelegate {

  private final SelectionRoundRepository rounds;
  private final DemandCollectionRepository collections;
  private final SupplyDemandComparison comparison;
  private final JsonVariables json;
  private final RoundProperties properties;

  public CompileSupplyDemandSummary(SelectionRoundRepository rounds, DemandCollectionRepository collections,
      SupplyDemandComparison comparison, JsonVariables json, RoundProperties properties) {
    this.rounds = rounds;
    this.collections = collections;
    this.comparison = comparison;
    this.json = json;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SelectionRound round = rounds.findById(new VariableReader(execution).number(ROUND_ID)).orElseThrow();
    List<DemandCollection> collected = collections.findByRoundIdOrderByDistrictSortOrder(round.getId());
    List<String> notApproved = collected.stream().filter(c -> c.getStatus() != DemandStatus.APPROVED)
        .map(c -> c.getDistrict().getCode()).toList();
    if (!notApproved.isEmpty() || collected.size() != round.getDistrictCodes().size()) {
      throw new IllegalStateException("round " + round.getRoundYear() + ": not every district is approved "
          + notApproved + " (" + collected.size() + " of " + round.getDistrictCodes().size() + " collections)");
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    comparison.compile(round);
    round.demandsApproved(now);
    SupplyDemandSummary summary = comparison.read(round);
    execution.setVariable(SUPPLY_BY_INDUSTRY, json.of(summary.byIndustry()));
    execution.setVariable(DEMANDS_BY_DISTRICT, json.of(summary.byDistrict()));
    execution.setVariable(SUPPLY_DEMAND_REVIEW_DUE, Date.from(now.plus(properties.supplyDemandReviewPeriod())));
  }
}
