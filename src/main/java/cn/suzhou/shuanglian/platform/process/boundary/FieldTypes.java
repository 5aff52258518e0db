package cn.suzhou.shuanglian.platform.process.boundary;

import cn.suzhou.shuanglian.platform.process.VariableReader;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

/**
 * Whether a submitted value has its field's declared type: a whole number (not 1.5, not "abc"), a
 * number, a yes/no, a date. Blank values pass: whether a field is required is the process's rule.
 * The answer is the message key of the type the field needs.
 */
final class FieldTypes {

  private FieldTypes() {
  }

  static Optional<String> mismatch(Var<?> field, Object value) {
    if (value == null || (value instanceof CharSequence text && text.toString().isBlank())) {
      return Optional.empty();
    }
    Class<?> type = field.type();
    if (type == Long.class) {
      return wholeNumber(value) ? Optional.empty() : Optional.of("boundary.field.type.whole");
    }
    if (type == BigDecimal.class) {
      return decimal(value) != null ? Optional.empty() : Optional.of("boundary.field.type.number");
    }
    if (type == Boolean.class) {
      boolean ok = value instanceof Boolean
          || (value instanceof CharSequence text && (text.toString().strip().equalsIgnoreCase("true")
              || text.toString().strip().equalsIgnoreCase("false")));
      return ok ? Optional.empty() : Optional.of("boundary.field.type.flag");
    }
    if (type == LocalDate.class) {
      return date(value) ? Optional.empty() : Optional.of("boundary.field.type.date");
    }
    return Optional.empty();
  }

  private static boolean wholeNumber(Object value) {
    BigDecimal number = decimal(value);
    if (number == null) {
      return false;
    }
    try {
      number.longValueExact();
      return true;
    } catch (ArithmeticException e) {
      return false;
    }
  }

  private static BigDecimal decimal(Object value) {
    if (value instanceof Boolean) {
      return null;
    }
    try {
      return new BigDecimal(value.toString().strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean date(Object value) {
    if (value instanceof Date) {
      return true;
    }
    if (!(value instanceof CharSequence text)) {
      return false;
    }
    try {
      VariableReader.isoDate(text.toString());
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }
}
