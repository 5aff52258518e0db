package cn.suzhou.shuanglian.round;

import static cn.suzhou.shuanglian.round.SelectionRoundContract.*;

import cn.suzhou.shuanglian.demand.DemandCollection;
import cn.suzhou.shuanglian.demand.DemandCollectionFinder;
import cn.suzhou.shuanglian.demand.DemandStatus;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * P-04: once every district of the round is approved, compiles the supply–demand comparison the
 * round keeps for nomination and shows it to the city bureau in its next task. A district not
 * approved here is a technical inconsistency (an incident), not a rule for a person to fix.
 */
@Component("compileSupplyDemandSummary")
public class CompileSupplyDemandSummary implements JavaDelegate {

  private final SelectionRounds rounds;
  private final DemandCollectionFinder collections;
  private final SupplyDemandComparison comparison;
  private final ObjectMapper json;
  private final RoundProperties properties;

  public CompileSupplyDemandSummary(SelectionRounds rounds, DemandCollectionFinder collections,
      SupplyDemandComparison comparison, ObjectMapper json, RoundProperties properties) {
    this.rounds = rounds;
    this.collections = collections;
    this.comparison = comparison;
    this.json = json;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SelectionRound round = rounds.ofCase(execution.getProcessInstanceId());
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
    SUPPLY_BY_INDUSTRY.set(execution, json(summary.byIndustry()));
    DEMANDS_BY_DISTRICT.set(execution, json(summary.byDistrict()));
    SUPPLY_DEMAND_REVIEW_DUE.set(execution, Date.from(now.plus(properties.supplyDemandReviewPeriod())));
  }

  private SpinJsonNode json(Object lines) {
    try {
      return Spin.JSON(json.writeValueAsString(lines));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
