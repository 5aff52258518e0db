package cn.suzhou.shuanglian.platform.process.boundary;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContracts;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import cn.suzhou.shuanglian.platform.process.contract.Var.Mask;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;

/**
 * Personal data (resident IDs, phone numbers) never reaches the engine's history — the tables
 * Cockpit and {@code /engine-rest/history} read: every variable its process's contract marks
 * personal ({@link Var#personal}, {@link Var#personalRowField}) is masked on its way there
 * ({@code 341302********2019}, {@code 139****0001}), whether it arrives as a variable update or
 * as a submitted form field. The domain tables keep the full values for those allowed to see them.
 * {@link PersonalDataScrubber} does the same for what older versions already wrote.
 */
public class PersonalDataInHistory implements HistoryEventHandler {

  private final HistoryEventHandler next;
  private final PersonalFields fields;

  public PersonalDataInHistory(HistoryEventHandler next, PersonalFields fields) {
    this.next = next;
    this.fields = fields;
  }

  @Override
  public void handleEvent(HistoryEvent event) {
    mask(event);
    next.handleEvent(event);
  }

  @Override
  public void handleEvents(List<HistoryEvent> events) {
    events.forEach(this::mask);
    next.handleEvents(events);
  }

  private void mask(HistoryEvent event) {
    if (event instanceof HistoricVariableUpdateEventEntity update) {
      PersonalFields.Rule rule = fields.rule(update.getVariableName());
      if (rule != null) {
        update.setTextValue(rule.maskText(update.getTextValue()));
        update.setTextValue2(rule.maskText(update.getTextValue2()));
        update.setByteValue(rule.maskBytes(update.getByteValue()));
      }
    } else if (event instanceof HistoricFormPropertyEventEntity property) {
      PersonalFields.Rule rule = fields.rule(property.getPropertyId());
      if (rule != null) {
        Object value = property.getPropertyValue();
        property.setPropertyValue(value == null ? null : rule.maskText(value.toString()));
      }
    }
  }

  /** The personal variables of every contract, by name, and how each is masked. */
  public static final class PersonalFields {

    private final Supplier<ProcessContracts> contracts;
    private volatile Map<String, Rule> rules;

    public PersonalFields(Supplier<ProcessContracts> contracts) {
      this.contracts = contracts;
    }

    public Rule rule(String variableName) {
      return rules().get(variableName);
    }

    public Map<String, Rule> rules() {
      Map<String, Rule> known = rules;
      if (known == null) {
        known = new HashMap<>();
        for (ProcessContract contract : contracts.get().all()) {
          for (Var<?> variable : contract.personalVariables()) {
            known.put(variable.name(), new Rule(variable.mask().orElse(null), variable.personalRowFields()));
          }
        }
        rules = known = Map.copyOf(known);
      }
      return known;
    }

    /** How one variable is masked: as a whole, or field by field in each of its rows. */
    public record Rule(Mask whole, Map<String, Mask> rowFields) {

      private static final ObjectMapper JSON = new ObjectMapper();

      public String maskText(String value) {
        if (value == null) {
          return null;
        }
        if (whole != null) {
          return whole.apply(value);
        }
        byte[] masked = maskBytes(value.getBytes(StandardCharsets.UTF_8));
        return new String(masked, StandardCharsets.UTF_8);
      }

      public byte[] maskBytes(byte[] value) {
        if (value == null) {
          return null;
        }
        if (whole != null) {
          return whole.apply(new String(value, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        try {
          JsonNode rows = JSON.readTree(value);
          if (rows == null || !rows.isArray()) {
            return value;
          }
          for (JsonNode row : rows) {
            if (row instanceof ObjectNode object) {
              rowFields.forEach((field, mask) -> {
                if (object.hasNonNull(field)) {
                  object.put(field, mask.apply(object.get(field).asText()));
                }
              });
            }
          }
          return JSON.writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);  // 𠮷 stays 𠮷, not \\uD842\\uDFB7
        } catch (java.io.IOException e) {
          return value;  // not a list: nothing of ours to mask
        }
      }
    }
  }
}
