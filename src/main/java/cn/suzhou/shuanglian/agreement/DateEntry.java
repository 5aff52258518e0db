package cn.suzhou.shuanglian.agreement;

import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A date a person entered on a form: the date, or — when what they entered is not a date — that text,
 * so that a rule can name it in its refusal next to the other fields' problems.
 *
 * @param date the date; null when absent or malformed
 * @param malformed the text that is not a date; null otherwise
 */
public record DateEntry(LocalDate date, String malformed) {

  public static DateEntry of(LocalDate date) {
    return new DateEntry(date, null);
  }

  /** The date variable's value in this scope, or the text that is not a date. */
  public static DateEntry of(Var<LocalDate> variable, VariableScope scope) {
    try {
      return of(variable.from(scope));
    } catch (DateTimeParseException e) {
      return new DateEntry(null, String.valueOf(variable.raw(scope)));
    }
  }

  public boolean absent() {
    return date == null && malformed == null;
  }
}
