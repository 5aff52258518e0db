package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One API error as RFC 9457 problem details: a stable {@link ProblemType}, the message in the
 * caller's language and, for bad input, the request's own fields at fault. {@link #members} is the
 * body every API path writes (Spring MVC, JAX-RS, servlet filters and the container's error page).
 */
public record Problem(ProblemType type, String title, String detail, List<FieldProblem> errors, String instance) {

  public Problem {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public int status() {
    return type.status();
  }

  /**
   * The body's members in order. Engine API answers also carry {@code message} (the detail again):
   * Camunda's webapps and clients show an error's {@code message}, so Tasklist keeps showing the
   * rule an official broke.
   */
  public Map<String, Object> members(boolean withEngineMessage) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", title);
    body.put("status", type.status());
    body.put("detail", detail);
    if (instance != null) {
      body.put("instance", instance);
    }
    if (!errors.isEmpty()) {
      body.put("errors", errors);
    }
    if (withEngineMessage) {
      body.put("message", detail);
    }
    return body;
  }
}
