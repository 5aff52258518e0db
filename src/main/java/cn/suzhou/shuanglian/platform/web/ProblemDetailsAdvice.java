package cn.suzhou.shuanglian.platform.web;

import java.net.URI;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every problem details body Spring MVC writes (ours and Spring's own, such as 405 or 415) gets the
 * stable {@link ProblemType} of its status when it has none, a title in the caller's language and
 * the request's path as {@code instance}.
 */
@ControllerAdvice
public class ProblemDetailsAdvice implements ResponseBodyAdvice<Object> {

  private static final URI BLANK = URI.create("about:blank");

  private final Messages messages;

  public ProblemDetailsAdvice(Messages messages) {
    this.messages = messages;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (body instanceof ProblemDetail problem) {
      if (problem.getType() == null || BLANK.equals(problem.getType())) {
        ProblemType type = ProblemType.forStatus(problem.getStatus());
        problem.setType(URI.create(type.uri()));
        problem.setTitle(messages.get(type.titleKey()));
      } else {
        ProblemType.fromUri(problem.getType()).ifPresent(type -> problem.setTitle(messages.get(type.titleKey())));
      }
      if (problem.getInstance() == null) {
        problem.setInstance(URI.create(request.getURI().getRawPath()));
      }
    }
    return body;
  }
}
