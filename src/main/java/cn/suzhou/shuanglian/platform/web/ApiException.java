package cn.suzhou.shuanglian.platform.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal of the domain API with a message key (messages*.properties) and, for bad input, the
 * fields at fault; rendered as problem+json by {@link ApiExceptionHandler}.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final String messageKey;
  private final Object[] args;
  private final List<FieldProblem> fieldProblems;

  public ApiException(HttpStatus status, String messageKey, Object... args) {
    this(status, List.of(), messageKey, args);
  }

  public ApiException(HttpStatus status, List<FieldProblem> fieldProblems, String messageKey, Object... args) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.args = args;
    this.fieldProblems = List.copyOf(fieldProblems);
  }

  /** 400 naming every field at fault and the rule each broke. */
  public static ApiException invalid(List<FieldProblem> problems) {
    String summary = String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    return new ApiException(HttpStatus.BAD_REQUEST, problems, "error.validation", summary);
  }

  /** 409 naming the fields whose value is already taken by another record (a unique rule), with the rule each holds. */
  public static ApiException taken(List<FieldProblem> problems) {
    String summary = String.join("; ", problems.stream().map(p -> p.field() + ": " + p.message()).toList());
    return new ApiException(HttpStatus.CONFLICT, problems, "error.ruleConflict", summary);
  }

  public static ApiException notFound(String messageKey, Object... args) {
    return new ApiException(HttpStatus.NOT_FOUND, messageKey, args);
  }

  public static ApiException forbidden(String messageKey, Object... args) {
    return new ApiException(HttpStatus.FORBIDDEN, messageKey, args);
  }

  public static ApiException conflict(String messageKey, Object... args) {
    return new ApiException(HttpStatus.CONFLICT, messageKey, args);
  }

  /** A place already taken ({@link #taken}): problem type rule-conflict. */
  public boolean isRuleConflict() {
    return status == HttpStatus.CONFLICT && "error.ruleConflict".equals(messageKey);
  }

  public HttpStatus status() { return status; }
  public String messageKey() { return messageKey; }
  public Object[] args() { return args; }
  public List<FieldProblem> fieldProblems() { return fieldProblems; }

  /** One field that broke one rule, in the caller's language. */
  public record FieldProblem(String field, String message) {}
}
