package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.platform.process.contract.Var;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A value as a person entered it: read as its type, or — when it could not be — the text received,
 * so that the rule can name the field and what it got ("「企业自筹经费」应为数字，收到的是“abc”").
 *
 * @param value the value, null when absent or unreadable
 * @param unreadable the text received when it is not a value of the type; null otherwise
 */
public record Entered<T>(T value, String unreadable) {

  public static <T> Entered<T> of(T value) {
    return new Entered<>(value, null);
  }

  /** Reads the variable through its contract type, keeping the text when it is not one. */
  public static <T> Entered<T> from(Var<T> variable, VariableScope scope) {
    try {
      return of(variable.from(scope));
    } catch (NumberFormatException notOfTheType) {
      Object raw = variable.raw(scope);
      return new Entered<>(null, raw == null ? "" : raw.toString().trim());
    }
  }

  public boolean isUnreadable() {
    return unreadable != null;
  }
}
