package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Builds and writes {@link Problem}s in the caller's language (see {@link Messages#currentLocale()}). */
@Component
public class Problems {

  public static final String MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON_VALUE;

  private final Messages messages;
  private final ObjectMapper json;
  private final OutageProperties outage;

  public Problems(Messages messages, ObjectMapper json, OutageProperties outage) {
    this.messages = messages;
    this.json = json;
    this.outage = outage;
  }

  /** The headers that go with a problem: {@code Retry-After} for 503 (the database is away). */
  public java.util.Map<String, String> headers(Problem problem) {
    return problem.type() == ProblemType.UNAVAILABLE
        ? java.util.Map.of(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(outage.retryAfterSeconds()))
        : java.util.Map.of();
  }

  /** A problem whose detail is the message under {@code key}. */
  public Problem of(ProblemType type, String key, Object... args) {
    return withDetail(type, messages.get(key, args), List.of());
  }

  public Problem withDetail(ProblemType type, String detail, List<FieldProblem> errors) {
    return new Problem(type, messages.get(type.titleKey()), detail, errors, currentPath());
  }

  /** The generic problem of a status, its detail the type's own default text. */
  public Problem forStatus(int status) {
    ProblemType type = ProblemType.forStatus(status);
    return of(type, "problem.detail." + type.name().toLowerCase().replace('_', '-'));
  }

  /** The generic problem of the same type, in Chinese (for a page people see). */
  public Problem inChinese(Problem problem) {
    ProblemType type = problem.type();
    return new Problem(type, messages.inChinese(type.titleKey()),
        messages.inChinese("problem.detail." + type.name().toLowerCase().replace('_', '-')), List.of(), problem.instance());
  }

  public String toJson(Problem problem, boolean withEngineMessage) {
    try {
      return json.writeValueAsString(problem.members(withEngineMessage));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the problem as the whole response (servlet filters, entry points). */
  public void write(HttpServletResponse response, Problem problem) throws IOException {
    response.setStatus(problem.status());
    headers(problem).forEach(response::setHeader);
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.getWriter().write(toJson(problem, isEnginePath(currentPath())));
  }

  /** Paths served by Camunda's REST resources, whose clients read {@code message}. */
  public static boolean isEnginePath(String path) {
    return path != null && (path.startsWith("/engine-rest") || path.startsWith("/camunda/api"));
  }

  /** Paths whose clients are programs: every error there is problem+json, never an HTML page. */
  public static boolean isApiPath(String path) {
    return path != null && (path.startsWith("/api/") || path.equals("/api") || isEnginePath(path)
        || path.startsWith("/v3/api-docs") || path.startsWith("/actuator"));
  }

  private static String currentPath() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
      String uri = original != null ? original.toString() : request.getRequestURI();
      return uri.substring(request.getContextPath().length());
    }
    return null;
  }
}
