package cn.suzhou.shuanglian.platform.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The engine's REST resources ({@code /engine-rest} and the webapps' {@code /camunda/api}) answer
 * every failure as the same problem+json as {@code /api}, translated by {@link Failures}. Camunda
 * registers one mapper per exception family (Throwable, ProcessEngineException, RestException and
 * Jackson's two); each is met here by a mapper of the same family and a higher priority, so
 * Camunda's {@code {type: "…Exception", message}} bodies never reach a client.
 */
public final class EngineProblemMappers {

  private EngineProblemMappers() {
  }

  static Response respond(Throwable thrown) {
    Failures failures = bean(Failures.class);
    Problems problems = bean(Problems.class);
    Problem problem = failures.translate(thrown);
    Response.ResponseBuilder response = Response.status(problem.status())
        .type(Problems.MEDIA_TYPE + ";charset=UTF-8")
        .entity(problems.toJson(problem, true));
    problems.headers(problem).forEach(response::header);
    if (thrown instanceof jakarta.ws.rs.NotAllowedException notAllowed) {
      response.allow(notAllowed.getResponse().getAllowedMethods());
    }
    return response.build();
  }

  private static <T> T bean(Class<T> type) {
    HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    return WebApplicationContextUtils.getRequiredWebApplicationContext(request.getServletContext()).getBean(type);
  }

  /** One family's mapper: Jersey picks a mapper by the exception type its class declares. */
  abstract static class FamilyMapper<E extends Throwable> implements ExceptionMapper<E> {
    @Override
    public Response toResponse(E exception) {
      return respond(exception);
    }
  }

  @Priority(1)
  public static class AnyFailure extends FamilyMapper<Throwable> {
  }

  @Priority(1)
  public static class EngineFailure extends FamilyMapper<ProcessEngineException> {
  }

  @Priority(1)
  public static class RestFailure extends FamilyMapper<RestException> {
  }

  @Priority(1)
  public static class JsonMappingFailure extends FamilyMapper<JsonMappingException> {
  }

  @Priority(1)
  public static class JsonParseFailure extends FamilyMapper<JsonParseException> {
  }
}
