package cn.suzhou.shuanglian.platform.process;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Camunda's {@code POST /process-definition/.../start} reports every engine exception as 500; a
 * {@link ProcessRuleViolation} is bad input, so it becomes 400 with the field and the message, in
 * the same JSON shape as Camunda's own errors. All other REST errors keep Camunda's handling.
 */
@Provider
@Priority(1)
public class EngineRestValidationMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessRuleViolation violation) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "ProcessRuleViolation");
        body.put("message", violation.getMessage());
        body.put("errors", violation.problems());
        body.put("code", null);
        return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
      }
    }
    return camundaHandler.toResponse(exception);
  }
}
