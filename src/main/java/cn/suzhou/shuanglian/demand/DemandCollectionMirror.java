package cn.suzhou.shuanglian.demand;

import static cn.suzhou.shuanglian.demand.DemandCollectionContract.*;

import cn.suzhou.shuanglian.demand.DemandCollectionService.Lists;
import cn.suzhou.shuanglian.demand.DemandCollectionService.ReviewTables;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * Writes what the collection's forms show into the case, through the contract's variables: the
 * lists as Json (the dynamic lists' and tables' format, contact phones already masked by
 * {@link DemandCollectionService#lists}), the summary, the counts and the review history. Nothing
 * here is read back by a rule.
 */
@Component
public class DemandCollectionMirror {

  private final ObjectMapper json;

  public DemandCollectionMirror(ObjectMapper json) {
    this.json = json.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL);
  }

  /** The district's lists as variables (for the case, or the engine API when the domain API changed them). */
  public VariableMap variables(Lists lists) {
    VariableMap variables = Variables.createVariables();
    SERVICE_UNITS.in(variables, json(lists.serviceUnits()));
    DEMANDS.in(variables, json(lists.demands()));
    SERVICE_UNIT_SUMMARY.in(variables, lists.serviceUnitSummary());
    SERVICE_UNIT_OPTIONS.in(variables, json(options(lists.serviceUnits())));
    SERVICE_UNIT_COUNT.in(variables, (long) lists.serviceUnitCount());
    DEMAND_COUNT.in(variables, (long) lists.demandCount());
    REVIEW_HISTORY.in(variables, lists.reviewHistory());
    return variables;
  }

  public void show(VariableScope scope, Lists lists) {
    scope.setVariables(variables(lists));
  }

  /** Before anything is screened: the district's registered enterprises, phones masked. */
  public void showCandidates(VariableScope scope, List<ServiceUnitRow> rows) {
    SERVICE_UNITS.set(scope, json(rows));
  }

  /** The tables the city bureau reviews. */
  public void showForReview(VariableScope scope, ReviewTables tables) {
    SERVICE_UNITS_TABLE.set(scope, json(tables.serviceUnits()));
    DEMANDS_TABLE.set(scope, json(tables.demands()));
    SERVICE_UNIT_COUNT.set(scope, (long) tables.serviceUnits().size());
    DEMAND_COUNT.set(scope, (long) tables.demands().size());
  }

  /** The screened units a demand may belong to, as the choices of the demands form's select. */
  static List<Option> options(List<ServiceUnitRow> units) {
    return units.stream().filter(u -> u.creditCode() != null)
        .map(u -> new Option(u.name() == null ? u.creditCode() : u.name() + "（" + u.creditCode() + "）", u.creditCode()))
        .toList();
  }

  /** One choice of a form-js select. */
  record Option(String label, String value) {}

  private SpinJsonNode json(Object rows) {
    try {
      return Spin.JSON(json.writeValueAsString(rows));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(e);
    }
  }
}
