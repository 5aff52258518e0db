package cn.suzhou.shuanglian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Refusals that happen before a controller of {@code /api} is chosen — no such path (404), a method
 * the path does not take (405), a body of another content type (415), an answer type the caller
 * cannot take (406), an upload over the limit (413) — so {@link ApiExceptionHandler}, which advises
 * the application's controllers, would not see them. On {@code /api} they get the same localized
 * problem+json; elsewhere (webapps, documentation) the default handling stands.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiRoutingErrors {

  private final ApiExceptionHandler api;

  public ApiRoutingErrors(ApiExceptionHandler api) {
    this.api = api;
  }

  @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class,
      HttpRequestMethodNotSupportedException.class, HttpMediaTypeNotSupportedException.class,
      HttpMediaTypeNotAcceptableException.class, MaxUploadSizeExceededException.class})
  ResponseEntity<Object> beforeController(Exception e, HttpServletRequest request) throws Exception {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.equals("/api") && !path.startsWith("/api/")) {
      throw e;  // not an API path: the default handling answers
    }
    return api.handleException(e, new ServletWebRequest(request));
  }
}
