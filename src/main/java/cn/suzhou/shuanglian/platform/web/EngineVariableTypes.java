package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * Typed variables of an engine API request ({@code {"days": {"value": "abc", "type": "Integer"}}})
 * are checked before Camunda converts them, so a wrong value is a 400 naming its field — the
 * variable, which is the form's field — instead of Camunda's "Cannot convert value …" without one.
 */
@Priority(Priorities.ENTITY_CODER)
public class EngineVariableTypes implements ContainerRequestFilter {

  private static final Set<String> WHOLE = Set.of("integer", "short", "long");
  private static final Set<String> KNOWN = Set.of("integer", "short", "long", "double", "boolean", "string", "date",
      "null", "json", "xml", "object", "bytes", "file");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (!HttpMethod.POST.equals(request.getMethod()) || !request.hasEntity()
        || !MediaType.APPLICATION_JSON_TYPE.isCompatible(request.getMediaType())) {
      return;
    }
    byte[] body = request.getEntityStream().readAllBytes();
    request.setEntityStream(new ByteArrayInputStream(body));
    JsonNode tree;
    try {
      tree = JSON.readTree(body);
    } catch (IOException malformed) {
      return;  // Jackson names it when the resource reads the body
    }
    if (tree == null || !tree.isObject()) {
      return;
    }
    List<ProcessRuleViolation.Problem> problems = new ArrayList<>();
    for (String member : List.of("variables", "modifications", "processVariables", "localVariables")) {
      JsonNode variables = tree.get(member);
      if (variables != null && variables.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> fields = variables.fields();
        while (fields.hasNext()) {
          Map.Entry<String, JsonNode> field = fields.next();
          check(field.getKey(), field.getValue(), problems);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
  }

  private static void check(String name, JsonNode variable, List<ProcessRuleViolation.Problem> problems) {
    if (!variable.isObject()) {
      problems.add(new ProcessRuleViolation.Problem(name, text("engine.variable.shape", name)));
      return;
    }
    JsonNode typeNode = variable.get("type");
    JsonNode value = variable.get("value");
    if (typeNode == null || typeNode.isNull() || value == null || value.isNull()) {
      return;
    }
    String type = typeNode.asText().toLowerCase(Locale.ROOT);
    if (!KNOWN.contains(type)) {
      problems.add(new ProcessRuleViolation.Problem(name, text("engine.variable.unknownType", name, typeNode.asText())));
      return;
    }
    String key = null;
    if (WHOLE.contains(type)) {
      BigDecimal number = number(value);
      boolean whole = number != null && number.stripTrailingZeros().scale() <= 0;
      long max = type.equals("short") ? Short.MAX_VALUE : type.equals("integer") ? Integer.MAX_VALUE : Long.MAX_VALUE;
      if (!whole || number.abs().compareTo(BigDecimal.valueOf(max)) > 0) {
        key = "boundary.field.type.whole";
      }
    } else if (type.equals("double") && number(value) == null) {
      key = "boundary.field.type.number";
    } else if (type.equals("boolean") && !(value.isBoolean()
        || (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))))) {
      key = "boundary.field.type.flag";
    } else if ((type.equals("string") || type.equals("date")) && !value.isValueNode()) {
      key = "error.field.type";
    }
    if (key != null) {
      problems.add(new ProcessRuleViolation.Problem(name, text(key, name)));
    }
  }

  private static BigDecimal number(JsonNode value) {
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual()) {
      try {
        return new BigDecimal(value.asText().strip());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  private static String text(String key, Object... args) {
    ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
    return WebApplicationContextUtils.getRequiredWebApplicationContext(attributes.getRequest().getServletContext())
        .getBean(Messages.class).get(key, args);
  }
}
