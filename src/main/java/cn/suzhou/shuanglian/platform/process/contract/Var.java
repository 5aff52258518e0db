package cn.suzhou.shuanglian.platform.process.contract;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.PrimitiveValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.json.SpinJsonNode;

/**
 * One process variable, typed: its name is written here and nowhere else. A process's contract
 * (see {@link ProcessContract}) declares its variables as constants of this type; delegates,
 * services and tests read and write through them, never through a name in a string.
 *
 * <p>Reading goes through {@link VariableReader}, so values arrive as Camunda Forms and REST
 * integrators send them (text, numbers, booleans, Json lists). A variable marked
 * {@link #personal(Mask)} never reaches the engine's history unmasked (P-14; the trust boundary
 * masks it there and in Cockpit).
 *
 * @param <T> the Java type a delegate reads
 */
public final class Var<T> {

  /** How a personal value is masked in the engine's tables. */
  public enum Mask {
    RESIDENT_ID(ChineseIdentifiers::maskResidentId),
    PHONE(ChineseIdentifiers::maskPhone);

    private final UnaryOperator<String> masker;

    Mask(UnaryOperator<String> masker) {
      this.masker = masker;
    }

    public String apply(String value) {
      return value == null ? null : masker.apply(value);
    }
  }

  private final String name;
  private final Class<?> type;
  private final BiFunction<VariableReader, String, T> reader;
  private final List<String> rowFields;
  private final Mask mask;
  private final java.util.Map<String, Mask> personalRowFields;

  private Var(String name, Class<?> type, BiFunction<VariableReader, String, T> reader, List<String> rowFields,
      Mask mask, java.util.Map<String, Mask> personalRowFields) {
    this.name = Objects.requireNonNull(name);
    this.type = type;
    this.reader = reader;
    this.rowFields = List.copyOf(rowFields);
    this.mask = mask;
    this.personalRowFields = java.util.Map.copyOf(personalRowFields);
  }

  private static <T> Var<T> of(String name, Class<?> type, BiFunction<VariableReader, String, T> reader) {
    return new Var<>(name, type, reader, List.of(), null, java.util.Map.of());
  }

  /** Text, trimmed; null when absent or blank. */
  public static Var<String> text(String name) {
    return of(name, String.class, VariableReader::text);
  }

  /** A yes/no answer (a checkbox, or "true" as text). */
  public static Var<Boolean> flag(String name) {
    return of(name, Boolean.class, VariableReader::isTrue);
  }

  /** A whole number or a record id; null when absent. */
  public static Var<Long> whole(String name) {
    return of(name, Long.class, VariableReader::number);
  }

  /** A decimal number; null when absent. */
  public static Var<BigDecimal> decimal(String name) {
    return of(name, BigDecimal.class, VariableReader::decimal);
  }

  /** A calendar date, kept as ISO text (2026-12-31), as Camunda Forms' date fields submit it. */
  public static Var<LocalDate> date(String name) {
    return of(name, LocalDate.class, VariableReader::date);
  }

  /** A point in time (due dates of tasks and timers). */
  public static Var<Date> time(String name) {
    return of(name, Date.class, (in, n) -> in.raw(n) instanceof Date d ? d : null);
  }

  /** A list of codes (a checklist, a Json array or comma-separated text). */
  public static Var<List<String>> codes(String name) {
    return of(name, List.class, VariableReader::list);
  }

  /** A list of rows (a form-js dynamic list, Json), with the fields each row may carry. */
  public static Var<SpinJsonNode> rows(String name, String... rowFields) {
    return new Var<>(name, SpinJsonNode.class, (in, n) -> in.raw(n) instanceof SpinJsonNode node ? node : null,
        List.of(rowFields), null, java.util.Map.of());
  }

  /** Any Json value a delegate writes for a form to show (tables, summaries). */
  public static Var<SpinJsonNode> json(String name) {
    return of(name, SpinJsonNode.class, (in, n) -> in.raw(n) instanceof SpinJsonNode node ? node : null);
  }

  /** This variable holds personal data: the engine's history and runtime keep it masked. */
  public Var<T> personal(Mask how) {
    return new Var<>(name, type, reader, rowFields, how, personalRowFields);
  }

  /** A field of this list's rows holds personal data: the engine keeps it masked. */
  public Var<T> personalRowField(String field, Mask how) {
    if (!rowFields.contains(field)) {
      throw new IllegalArgumentException(field + " is not a row field of " + name);
    }
    java.util.Map<String, Mask> fields = new java.util.HashMap<>(personalRowFields);
    fields.put(field, how);
    return new Var<>(name, type, reader, rowFields, mask, fields);
  }

  public String name() {
    return name;
  }

  public Class<?> type() {
    return type;
  }

  /** The fields of a list's rows; empty for a plain variable. */
  public List<String> rowFields() {
    return rowFields;
  }

  public boolean isList() {
    return !rowFields.isEmpty();
  }

  /** How the value is masked, when it is personal data. */
  public java.util.Optional<Mask> mask() {
    return java.util.Optional.ofNullable(mask);
  }

  /** The personal fields of a list's rows and how each is masked. */
  public java.util.Map<String, Mask> personalRowFields() {
    return personalRowFields;
  }

  /** The value in this scope (the execution, the task); null when absent. */
  public T from(VariableScope scope) {
    return reader.apply(new VariableReader(scope), name);
  }

  /**
   * The value exactly as the engine holds it (text, number, Json, a list from REST), for rules that
   * read any shape a caller may send and for messages naming what could not be read.
   */
  public Object raw(VariableScope scope) {
    return scope.getVariable(name);
  }

  /**
   * Writes the value, on the process instance's scope (or the nearest that has it). A plain value
   * (text, number, boolean, date) the variable already holds, with the same type, is not written
   * again: the engine would otherwise update the variable and add a history detail for a value that
   * did not change (docs/performance.md — a case's mirror from its record re-set every variable at
   * each completion). A different value or type, a Json list or null is always written.
   */
  public void set(VariableScope scope, T value) {
    Object stored = stored(value);
    if (holds(scope, stored)) {
      return;
    }
    scope.setVariable(name, stored);
  }

  private boolean holds(VariableScope scope, Object stored) {
    if (stored == null || stored instanceof TypedValue) {
      return false;
    }
    TypedValue current = scope.getVariableTyped(name, false);
    return current instanceof PrimitiveValue<?> primitive
        && !current.isTransient() && primitive.getValue() != null
        && primitive.getValue().getClass() == stored.getClass() && primitive.getValue().equals(stored);
  }

  /** Writes the value on this scope only (one branch of a parallel step, one task). */
  public void setLocal(VariableScope scope, T value) {
    scope.setVariableLocal(name, stored(value));
  }

  public void remove(VariableScope scope) {
    scope.removeVariable(name);
  }

  /** Adds the value to a variable map (a start or a completion from Java code and tests). */
  public VariableMap in(VariableMap variables, T value) {
    return variables.putValue(name, stored(value));
  }

  /** A new variable map holding this value. */
  public VariableMap map(T value) {
    return in(Variables.createVariables(), value);
  }

  /**
   * How the engine keeps a value, as Camunda Forms submit it: a date as ISO text, a list as a Json
   * array, a decimal as a Double (the engine has no decimal type and refuses Java serialization).
   */
  private Object stored(T value) {
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    if (value instanceof List<?> list) {
      return org.camunda.spin.plugin.variable.SpinValues.jsonValue(org.camunda.spin.Spin.JSON(list).toString()).create();
    }
    return value instanceof BigDecimal decimal ? decimal.doubleValue() : value;
  }

  @Override
  public String toString() {
    return name;
  }
}
