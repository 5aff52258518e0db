package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.platform.web.RequestValueProblems;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.VariableValueDto;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * Typed variables of a start or a task completion over {@code /engine-rest} ({@code "roundYear":
 * {"value": "abc", "type": "Integer"}}) that Camunda cannot convert to their type: refused with 400
 * naming each variable — the request's own field — and what it takes, in the caller's language,
 * where Camunda would say "Cannot convert value 'abc' of type 'Integer' to java type
 * java.lang.Integer" without the field. The conversion is Camunda's own
 * ({@link VariableValueDto#toTypedValue}), so what passes here passes there. Refused as a
 * {@link ProcessRuleViolation} (inside an {@link InvalidRequestException}), like a process rule.
 */
@Priority(Priorities.USER)
public class EngineRestVariableTypes implements ContainerRequestFilter {

  private static final Map<String, Class<?>> TYPES = Map.of("integer", Integer.class, "short", Short.class,
      "long", Long.class, "double", Double.class, "boolean", Boolean.class, "date", Date.class,
      "string", String.class);

  /** Starts, start forms and completions of tasks: the requests that carry a person's values into a case. */
  private static final java.util.regex.Pattern STARTS_AND_COMPLETIONS = java.util.regex.Pattern.compile(
      "/?(process-definition/.+/(start|submit-form)|task/[^/]+/(complete|submit-form|resolve))");

  private final Supplier<ProcessEngine> engine;
  private final Messages messages;
  private final RequestValueProblems valueProblems;
  private final ObjectMapper json = JacksonConfigurator.configureObjectMapper(new ObjectMapper());

  public EngineRestVariableTypes(Supplier<ProcessEngine> engine, Messages messages) {
    this.engine = engine;
    this.messages = messages;
    this.valueProblems = new RequestValueProblems(messages);
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!"POST".equals(request.getMethod()) || !request.hasEntity() || request.getMediaType() == null
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())
        || !STARTS_AND_COMPLETIONS.matcher(request.getUriInfo().getPath()).matches()) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode variables;
    try {
      variables = json.readTree(body).get("variables");
    } catch (IOException | RuntimeException malformed) {
      return;  // Camunda answers a body that is no JSON
    }
    if (variables == null || !variables.isObject()) {
      return;
    }
    List<Problem> problems = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> variable = it.next();
      problem(variable.getKey(), variable.getValue()).ifPresent(problems::add);
    }
    if (!problems.isEmpty()) {
      ProcessRuleViolation violation = new ProcessRuleViolation(problems);
      throw new InvalidRequestException(Response.Status.BAD_REQUEST, violation, violation.getMessage());
    }
  }

  private java.util.Optional<Problem> problem(String name, JsonNode given) {
    if (!given.isObject()) {
      return java.util.Optional.of(new Problem(name, messages.get("request.variable.notAVariable", name)));
    }
    VariableValueDto dto;
    try {
      dto = json.treeToValue(given, VariableValueDto.class);
    } catch (IOException | RuntimeException notOne) {
      return java.util.Optional.of(new Problem(name, messages.get("request.variable.notAVariable", name)));
    }
    try {
      dto.toTypedValue(engine.get(), json);
      return java.util.Optional.empty();
    } catch (RuntimeException refused) {
      String type = dto.getType() == null ? "" : dto.getType();
      Class<?> target = TYPES.get(type.toLowerCase(java.util.Locale.ROOT));
      if (target == null && !type.isEmpty() && refused.getMessage() != null
          && refused.getMessage().startsWith("Unsupported value type")) {
        return java.util.Optional.of(new Problem(name, messages.get("request.variable.unknownType", name, type)));
      }
      return java.util.Optional.of(new Problem(name, valueProblems.typeMessage(name, target, dto.getValue())));
    }
  }
}
