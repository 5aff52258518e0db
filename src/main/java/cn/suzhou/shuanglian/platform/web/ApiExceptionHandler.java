package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
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
  private final RequestValueProblems valueProblems;

  public ApiExceptionHandler(Messages messages) {
    this.messages = messages;
    this.valueProblems = new RequestValueProblems(messages);
  }

  @ExceptionHandler(ApiException.class)
  ResponseEntity<ProblemDetail> handleApi(ApiException e) {
    return problem(e.status(), messages.get(e.messageKey(), e.args()), e.fieldProblems());
  }

  /** A process rule refused a start or completion. */
  @ExceptionHandler(ProcessRuleViolation.class)
  ResponseEntity<ProblemDetail> handleProcessRule(ProcessRuleViolation e) {
    List<FieldProblem> fields = e.problems().stream().map(p -> new FieldProblem(p.field(), p.message())).toList();
    if (e instanceof ProcessRuleConflict) {
      return problem(HttpStatus.CONFLICT, messages.get("error.ruleConflict", e.getMessage()), fields);
    }
    return problem(HttpStatus.BAD_REQUEST, messages.get("error.validation", e.getMessage()), fields);
  }

  /** The engine wraps a task listener's violation (ENGINE-03051). */
  @ExceptionHandler(org.camunda.bpm.engine.ProcessEngineException.class)
  ResponseEntity<ProblemDetail> handleEngine(org.camunda.bpm.engine.ProcessEngineException e) {
    return ProcessRuleViolation.findIn(e).map(this::handleProcessRule).orElseGet(() -> handleUnexpected(e));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ProblemDetail> handleAuthorization(AuthorizationException e) {
    return problem(HttpStatus.FORBIDDEN, messages.get("error.forbidden"), List.of());
  }

  /** Two requests changed the same record at once (a list edited by the form and the API): retry. */
  @ExceptionHandler({org.springframework.dao.OptimisticLockingFailureException.class,
      org.camunda.bpm.engine.OptimisticLockingException.class})
  ResponseEntity<ProblemDetail> handleConcurrentChange(RuntimeException e) {
    LOG.info("request lost a concurrent change: {}", e.getMessage());
    return problem(HttpStatus.CONFLICT, messages.get("error.conflict"), List.of());
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> handleIntegrity(DataIntegrityViolationException e) {
    LOG.info("request refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
    return problem(HttpStatus.CONFLICT, messages.get("error.conflict"), List.of());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> handleUnexpected(Exception e) {
    LOG.error("unexpected error in the domain API", e);
    return problem(HttpStatus.INTERNAL_SERVER_ERROR, messages.get("error.internal"), List.of());
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
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLarge) {
        return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(body(HttpStatus.PAYLOAD_TOO_LARGE,
            messages.get("request.payloadTooLarge"), List.of()));
      }
    }
    RequestValueProblems.Unreadable unreadable = valueProblems.unreadable(e);
    if (unreadable.field() != null) {
      return invalidFields(List.of(unreadable.field()));
    }
    return ResponseEntity.badRequest().body(body(HttpStatus.BAD_REQUEST, unreadable.bodyMessage(), List.of()));
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
   * Every other framework refusal (404 no such resource, 405 method, 406, 413, 415 content type …):
   * problem+json with the status's message in the caller's language; headers such as {@code Allow}
   * and {@code Accept} kept.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    HttpStatus status = HttpStatus.resolve(statusCode.value());
    if (status == null) {
      status = statusCode.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status.is5xxServerError()) {
      LOG.error("framework error in the domain API", e);
    }
    String detail = switch (status) {
      case NOT_FOUND -> messages.get("request.notFound");
      case METHOD_NOT_ALLOWED -> messages.get("request.methodNotAllowed",
          e instanceof HttpRequestMethodNotSupportedException m ? m.getMethod() : "",
          headers == null || headers.getAllow().isEmpty() ? "-" : headers.getAllow().stream().map(HttpMethod::name)
              .collect(Collectors.joining(", ")));
      case UNSUPPORTED_MEDIA_TYPE -> messages.get("request.unsupportedMediaType",
          e instanceof HttpMediaTypeNotSupportedException m && m.getContentType() != null
              ? m.getContentType().toString() : "-");
      case NOT_ACCEPTABLE -> messages.get("request.notAcceptable");
      case PAYLOAD_TOO_LARGE -> messages.get("request.payloadTooLarge");
      case SERVICE_UNAVAILABLE -> messages.get("request.unavailable");
      case INTERNAL_SERVER_ERROR -> messages.get("error.internal");
      default -> status.is4xxClientError() ? messages.get("request.badRequest") : messages.get("error.internal");
    };
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
