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
 * Camunda's REST reports a rule violation as 500 where it arrives as a plain engine exception (on
 * {@code start}, and from task listeners, which the engine wraps); a {@link ProcessRuleViolation}
 * is bad input, so it becomes 400 with the fields and messages, in Camunda's own error shape. All other REST errors keep Camunda's handling.
 */
@Provider
@Priority(1)
public class EngineRestValidationMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaHandler = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    return ProcessRuleViolation.findIn(exception).map(EngineRestValidationMapper::badRequest)
        .orElseGet(() -> camundaHandler.toResponse(exception));
  }

  static Response badRequest(ProcessRuleViolation violation) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "ProcessRuleViolation");
    body.put("message", violation.getMessage());
    body.put("errors", violation.problems());
    body.put("code", null);
    return Response.status(Response.Status.BAD_REQUEST).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  /**
   * A violation the engine throws as it is, where no resource wraps it into a {@link RestException}
   * (a user created with a password against the policy, refused by the trust boundary): 400 too,
   * where Camunda's handler of engine exceptions would answer 500.
   */
  @Provider
  @Priority(1)
  public static class Unwrapped implements ExceptionMapper<ProcessRuleViolation> {
    @Override
    public Response toResponse(ProcessRuleViolation violation) {
      return badRequest(violation);
    }
  }
}
