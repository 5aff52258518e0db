package cn.suzhou.shuanglian.platform.process;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * Lists of records as process variables of type Json — the form Camunda Forms' dynamic lists and
 * tables read and submit (PLATFORM-NOTES) — and back, whether they arrive as Json, as JSON text or
 * as a Java collection from a REST integrator.
 */
@Component
public class JsonVariables {

  private static final TypeReference<List<Map<String, Object>>> ROWS = new TypeReference<>() {};

  private final ObjectMapper json;

  public JsonVariables(ObjectMapper json) {
    this.json = json;
  }

  /** A Json variable holding the given records (records, maps, lists) as a JSON array or object. */
  public TypedValue of(Object value) {
    try {
      return SpinValues.jsonValue(json.writeValueAsString(value)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not serialisable as JSON: " + value.getClass(), e);
    }
  }

  /**
   * The rows of a list variable, or empty when the value is not a list of objects (null counts as
   * an empty list).
   */
  public Optional<List<Map<String, Object>>> rows(Object value) {
    try {
      if (value == null) {
        return Optional.of(List.of());
      }
      if (value instanceof SpinJsonNode node) {
        return Optional.of(json.readValue(node.toString(), ROWS));
      }
      if (value instanceof CharSequence text) {
        String trimmed = text.toString().trim();
        return trimmed.isEmpty() ? Optional.of(List.of()) : Optional.of(json.readValue(trimmed, ROWS));
      }
      if (value instanceof Collection<?> collection) {
        return Optional.of(json.convertValue(new ArrayList<>(collection), ROWS));
      }
      return Optional.empty();
    } catch (JsonProcessingException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** One row as the given record type; empty when a field has the wrong shape (an object for a text). */
  public <T> Optional<T> row(Map<String, Object> row, Class<T> type) {
    try {
      return Optional.of(json.convertValue(row, type));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
