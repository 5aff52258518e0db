package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Errors of {@code /api} as RFC 9457 problem+json: 400 naming each field and the rule it broke,
 * 403, 404, 409 where they belong, and never a stack trace.
 */
@RestControllerAdvice(basePackages = "cn.suzhou.shuanglian")
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  private final Messages messages;
  private final Failures failures;
  private final Problems problems;

  public ApiExceptionHandler(Messages messages, Failures failures, Problems problems) {
    this.messages = messages;
    this.failures = failures;
    this.problems = problems;
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handleApi(ApiException e) {
    ResponseEntity<ProblemDetail> response = problem(e.status(), messages.get(e.messageKey(), e.args()), e.fieldProblems());
    if (e.isRuleConflict()) {
      response.getBody().setType(java.net.URI.create(ProblemType.RULE_CONFLICT.uri()));
    }
    return response;
  }

  /** A process rule refused a start or completion. */
  @ExceptionHandler(ProcessRuleViolation.class)
  ResponseEntity<ProblemDetail> handleProcessRule(ProcessRuleViolation e) {
    return respond(failures.ruleViolation(e));
  }

  /** The engine wraps a task listener's violation (ENGINE-03051). */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ProblemDetail> handleEngine(org.camunda.bpm.engine.ProcessEngineException e) {
    return respond(failures.translate(e));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> handleAuthorization(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), List.of());
  }

  /**
   * Two requests changed the same record at once (a list edited by the form and the API), or one
   * waited for a lock in vain (a lock wait timeout, a deadlock the database broke): 409, retry.
   */
  @ExceptionHandler({org.springframework.dao.ConcurrencyFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> handleConcurrentChange(RuntimeException e) {
    return respond(failures.translate(e));
  }

  /** A unique key refused the write: 409 naming the rule it holds ({@code RuleConstraints}), else a conflict. */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> handleIntegrity(DataIntegrityViolationException e) {
    return respond(failures.translate(e));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    return respond(failures.translate(e));
  }

  /** A {@link Problem} of {@link Failures} as Spring's problem details, with its own type. */
  private ResponseEntity<ProblemDetail> respond(Problem translated) {
    ProblemDetail body = body(HttpStatus.valueOf(translated.status()), translated.detail(), translated.errors());
    body.setType(java.net.URI.create(translated.type().uri()));
    body.setTitle(translated.title());
    ResponseEntity.BodyBuilder response = ResponseEntity.status(translated.status());
    problems.headers(translated).forEach((name, value) -> response.header(name, value));
    return response.body(body);
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> fields = e.getBindingResult().getFieldErrors().stream()
        .map(error -> new FieldProblem(error.getField(), fieldMessage(error)))
        .toList();
    ApiException invalid = ApiException.invalid(fields);
    return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, messages.get(invalid.messageKey(), invalid.args()), fields));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (e.getMostSpecificCause() instanceof InvalidFormatException invalid && invalid.getTargetType() != null
        && invalid.getTargetType().isEnum() && !invalid.getPath().isEmpty()) {
      // a value outside an enumeration (a commissioner's level, P-13): name the field and the values it takes
      String field = fieldPath(invalid);
      String allowed = Arrays.stream(invalid.getTargetType().getEnumConstants()).map(String::valueOf)
          .collect(Collectors.joining(", "));
      List<FieldProblem> fields = List.of(new FieldProblem(field,
          messages.get("level.field.notOneOf", field, String.valueOf(invalid.getValue()), allowed)));
      ApiException refused = ApiException.invalid(fields);
      return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST,
          messages.get(refused.messageKey(), refused.args()), fields));
    }
    Problem translated = e.getMostSpecificCause() instanceof com.fasterxml.jackson.core.JsonProcessingException json
        ? failures.translate(json) : null;
    if (translated == null || translated.status() != HttpStatus.BAD_REQUEST.value()) {
      translated = new Problem(ProblemType.UNREADABLE, messages.get(ProblemType.UNREADABLE.titleKey()),
          messages.get("error.unreadable"), List.of(), null);
    }
    return ResponseEntity.badRequest().body(respond(translated).getBody());
  }

  /** The JSON path of the bad value as a field name: {@code level}, {@code rows[2].level}. */
  private static String fieldPath(InvalidFormatException e) {
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

  private String fieldMessage(FieldError error) {
    return error.getDefaultMessage() == null ? messages.get("error.invalidValue") : error.getDefaultMessage();
  }

  private ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, List<FieldProblem> fields) {
    return ResponseEntity.status(status).body(body(status, detail, fields));
  }

  private static ProblemDetail body(HttpStatus status, String detail, List<FieldProblem> fields) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    if (!fields.isEmpty()) {
      problem.setProperty("errors", fields);
    }
    return problem;
  }
}
