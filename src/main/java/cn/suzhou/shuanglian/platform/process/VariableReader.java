package cn.suzhou.shuanglian.platform.process;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.json.SpinJsonNode;

/**
 * Reads process variables the way they arrive from Camunda Forms (strings, booleans, Json lists)
 * and from REST integrators (strings, numbers, Json or plain comma-separated lists).
 */
public final class VariableReader {

  private final VariableScope scope;

  public VariableReader(VariableScope scope) {
    this.scope = scope;
  }

  /** The value as the engine holds it, or null when absent. */
  public Object raw(String name) {
    return scope.getVariable(name);
  }

  /** The trimmed text, or null when absent or blank. */
  public String text(String name) {
    Object value = scope.getVariable(name);
    if (value == null) {
      return null;
    }
    String text = value.toString().trim();
    return text.isEmpty() ? null : text;
  }

  public boolean isTrue(String name) {
    Object value = scope.getVariable(name);
    return Boolean.TRUE.equals(value) || (value instanceof String s && s.trim().equalsIgnoreCase("true"));
  }

  /**
   * A whole number given as a number or as digits; null when absent; NumberFormatException when not a
   * whole number — 1.5 is refused, never truncated to 1 (3.0 is 3) — or beyond a long.
   */
  public Long number(String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    try {
      return new java.math.BigDecimal(value.toString().trim()).longValueExact();
    } catch (ArithmeticException notWhole) {
      throw new NumberFormatException("not a whole number: " + value);
    }
  }

  /**
   * A date given as ISO text (2025-03-01, as Camunda Forms submit it) or as a Date; null when absent;
   * {@link java.time.format.DateTimeParseException} when it is not a date.
   */
  public java.time.LocalDate date(String name) {
    Object value = scope.getVariable(name);
    if (value instanceof java.util.Date d) {
      return d.toInstant().atZone(EngineClock.ZONE).toLocalDate();
    }
    String text = text(name);
    return text == null ? null : isoDate(text);
  }

  /**
   * An ISO date, also the date part of an ISO date-time (2025-03-01T00:00:00Z) as some clients send
   * it; {@link java.time.format.DateTimeParseException} when it is not a date.
   */
  public static java.time.LocalDate isoDate(String text) {
    String t = text.strip();
    return java.time.LocalDate.parse(t.length() > 10 && t.charAt(10) == 'T' ? t.substring(0, 10) : t);
  }

  /** A decimal number given as a number or as text; null when absent; NumberFormatException when not a number. */
  public java.math.BigDecimal decimal(String name) {
    Object value = scope.getVariable(name);
    if (value == null || (value instanceof String s && s.isBlank())) {
      return null;
    }
    return new java.math.BigDecimal(value.toString().trim());
  }

  /** A list from a Json array, a Java collection, a JSON array text or a comma/、-separated text. */
  public List<String> list(String name) {
    Object value = scope.getVariable(name);
    List<String> items = new ArrayList<>();
    if (value instanceof SpinJsonNode json && json.isArray()) {
      addElements(json, items);
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(item -> items.add(String.valueOf(item)));
    } else if (value != null) {
      String text = value.toString().trim();
      if (text.startsWith("[")) {
        addElements(Spin.JSON(text), items);
      } else {
        items.addAll(Arrays.asList(text.split("[,，、;；\\s]+")));
      }
    }
    return items.stream().map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
  }

  private static void addElements(SpinJsonNode array, List<String> items) {
    array.elements().forEach(element -> items.add(element.isString() ? element.stringValue() : element.toString()));
  }
}
