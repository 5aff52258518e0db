package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * What was wrong with a value as it arrived, before any rule could read it: a body that is no JSON,
 * a field of the wrong type (text for a number, 1.5 for a whole number, an unknown enumeration value,
 * an object for a list), a field the request does not have, a query or path parameter that is not of
 * its type — each named by the request's own field name ({@code days}, {@code rows[2].level},
 * {@code year}) with a message in the caller's language saying what was expected and what came.
 */
public final class RequestValueProblems {

  /** The longest piece of a received value quoted back in a message. */
  private static final int QUOTE_MAX = 40;

  private final Messages messages;

  public RequestValueProblems(Messages messages) {
    this.messages = messages;
  }

  /** A body that could not be read: the problem of the field at fault, or none when the body as a whole is at fault. */
  public Unreadable unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    JsonMappingException mapping = find(cause, JsonMappingException.class);
    InputCoercionException coercion = find(cause, InputCoercionException.class);
    if (mapping != null && !path(mapping).isEmpty()) {
      String field = path(mapping);
      if (mapping instanceof PropertyBindingException unknown) {
        String known = unknown.getKnownPropertyIds() == null ? "" : unknown.getKnownPropertyIds().stream()
            .map(String::valueOf).sorted().collect(Collectors.joining(", "));
        return Unreadable.field(new FieldProblem(field, messages.get("request.field.unknown", field, known)));
      }
      if (mapping instanceof ValueInstantiationException) {
        return Unreadable.field(new FieldProblem(field, messages.get("error.invalidValue")));
      }
      Class<?> target = coercion != null && coercion.getTargetType() != null ? coercion.getTargetType()
          : mapping instanceof MismatchedInputException mismatch ? mismatch.getTargetType() : null;
      Object value = mapping instanceof InvalidFormatException invalid ? invalid.getValue() : null;
      if (coercion != null && value == null) {
        value = coercionValue(coercion);
      }
      return Unreadable.field(new FieldProblem(field, typeMessage(field, target, value)));
    }
    if (mapping instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      // the body as a whole has the wrong shape (a list for an object, a number for a list)
      return Unreadable.body(messages.get("request.body.wrongShape", kind(mismatch.getTargetType())));
    }
    JsonParseException parse = find(cause, JsonParseException.class);
    if (parse != null && parse.getLocation() != null) {
      return Unreadable.body(messages.get("request.body.malformed", parse.getLocation().getLineNr(),
          parse.getLocation().getColumnNr()));
    }
    if (cause == null || (e.getMessage() != null && e.getMessage().startsWith("Required request body is missing"))) {
      return Unreadable.body(messages.get("request.body.missing"));
    }
    if (mapping instanceof MismatchedInputException && mapping.getMessage() != null
        && mapping.getMessage().startsWith("No content to map")) {
      return Unreadable.body(messages.get("request.body.missing"));
    }
    return Unreadable.body(messages.get("error.unreadable"));
  }

  /** A query or path parameter that is not of its type ({@code ?year=abc}, {@code /rounds/abc}, an id beyond a long). */
  public FieldProblem typeMismatch(TypeMismatchException e) {
    String field = e.getPropertyName() == null ? "" : e.getPropertyName();
    return new FieldProblem(field, typeMessage(field, e.getRequiredType(), e.getValue()));
  }

  /** "「days」应为整数，收到的是：1.5" — what the field takes and, when known, what came. */
  public String typeMessage(String field, Class<?> target, Object value) {
    if (target != null && target.isEnum()) {
      String allowed = Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", "));
      return messages.get("level.field.notOneOf", field, quote(value), allowed);
    }
    String kind = kind(target);
    return value == null ? messages.get("request.field.wrongType", field, kind)
        : messages.get("request.field.wrongTypeGot", field, kind, quote(value));
  }

  /** What a field of this type takes, in the caller's language. */
  public String kind(Class<?> type) {
    String key;
    if (type == null) {
      key = "request.kind.value";
    } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
        || type == Short.class || type == short.class || type == BigInteger.class || type == Byte.class
        || type == byte.class) {
      key = "request.kind.whole";
    } else if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
        || type == float.class || Number.class.isAssignableFrom(type)) {
      key = "request.kind.number";
    } else if (type == Boolean.class || type == boolean.class) {
      key = "request.kind.boolean";
    } else if (type == LocalDate.class) {
      key = "request.kind.date";
    } else if (type == Instant.class || type == OffsetDateTime.class || type == LocalDateTime.class
        || Temporal.class.isAssignableFrom(type) || java.util.Date.class.isAssignableFrom(type)) {
      key = "request.kind.dateTime";
    } else if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
      key = "request.kind.text";
    } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      key = "request.kind.list";
    } else if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.getName().startsWith("java.")) {
      key = "request.kind.object";
    } else {
      key = "request.kind.value";
    }
    return messages.get(key);
  }

  /** {@code level}, {@code rows[2].level}: the JSON path of the value at fault. */
  static String path(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static Object coercionValue(InputCoercionException e) {
    try {
      return Optional.ofNullable(e.getProcessor()).map(p -> {
        try {
          return ((com.fasterxml.jackson.core.JsonParser) p).getText();
        } catch (java.io.IOException io) {
          return null;
        }
      }).orElse(null);
    } catch (RuntimeException notAParser) {
      return null;
    }
  }

  private static String quote(Object value) {
    String text = value instanceof Object[] array ? List.of(array).toString() : String.valueOf(value);
    return text.codePointCount(0, text.length()) <= QUOTE_MAX ? text
        : text.substring(0, text.offsetByCodePoints(0, QUOTE_MAX)) + "…";
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  /** A body's problem: a field at fault, or the body as a whole with a message. */
  public record Unreadable(FieldProblem field, String bodyMessage) {

    static Unreadable field(FieldProblem problem) {
      return new Unreadable(problem, null);
    }

    static Unreadable body(String message) {
      return new Unreadable(null, message);
    }
  }
}
