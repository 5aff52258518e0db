package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
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
  private final RequestValueProblems valueProblems;

  public ApiExceptionHandler(Messages messages, Failures failures, Problems problems) {
    this.messages = messages;
    this.failures = failures;
    this.problems = problems;
    this.valueProblems = new RequestValueProblems(messages);
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

  /**
   * A body that is no JSON, or a field of the wrong type (any target type: number, whole number,
   * date, boolean, enumeration, list) or not of the request: 400 naming the field.
   */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    RequestValueProblems.Unreadable unreadable = valueProblems.unreadable(e);
    if (unreadable.field() != null) {
      return invalidFields(List.of(unreadable.field()));
    }
    return ResponseEntity.badRequest().body(respond(new Problem(ProblemType.UNREADABLE,
        messages.get(ProblemType.UNREADABLE.titleKey()), unreadable.bodyMessage(), List.of(), null)).getBody());
  }

  /** {@code ?year=abc}, {@code /rounds/abc}, an id beyond a long: 400 naming the parameter. */
  @Override
  protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
      HttpStatusCode status, WebRequest request) {
    return invalidFields(List.of(valueProblems.typeMismatch(e)));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return invalidFields(List.of(new FieldProblem(e.getParameterName(),
        messages.get("request.parameter.missing", e.getParameterName()))));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    return invalidFields(List.of(new FieldProblem(e.getRequestPartName(),
        messages.get("request.parameter.missing", e.getRequestPartName()))));
  }

  @Override
  protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    List<FieldProblem> fields = e.getParameterValidationResults().stream()
        .flatMap(result -> result.getResolvableErrors().stream().map(error -> new FieldProblem(
            result.getMethodParameter().getParameterName(),
            error.getDefaultMessage() == null ? messages.get("error.invalidValue") : error.getDefaultMessage())))
        .toList();
    return invalidFields(fields);
  }

  /**
   * Every other framework refusal of a request a controller was chosen for (415 a body of another
   * content type, 406, a missing path variable …): problem+json with the status's text in the
   * caller's language ({@link ProblemDetailsAdvice} adds the type); headers such as {@code Accept} kept.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    HttpStatus status = HttpStatus.resolve(statusCode.value());
    if (status == null) {
      status = statusCode.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status.is5xxServerError()) {
      ResponseEntity<ProblemDetail> translated = respond(failures.translate(e));
      return ResponseEntity.status(translated.getStatusCode()).headers(headers).headers(translated.getHeaders())
          .body(translated.getBody());
    }
    String detail = e instanceof HttpMediaTypeNotSupportedException unsupported && unsupported.getContentType() != null
        ? messages.get("request.unsupportedMediaType", unsupported.getContentType().toString())
        : messages.get(ProblemType.forStatus(status.value()).titleKey().replace("problem.title.", "problem.detail."));
    return ResponseEntity.status(status).headers(headers).body(body(status, detail, List.of()));
  }

  private ResponseEntity<Object> invalidFields(List<FieldProblem> fields) {
    ApiException invalid = ApiException.invalid(fields);
    return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST,
        messages.get(invalid.messageKey(), invalid.args()), fields));
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
