package cn.suzhou.shuanglian.platform.process;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A start or a task form refused by a process rule: Camunda's REST puts its own English words in
 * front of the rule's message ("Cannot instantiate process definition projectApplication:1:…: 专员…",
 * "Cannot submit task form 3f2…: 不予立项时须…"), and Tasklist shows them to the official. For a 400
 * of a process definition's {@code submit-form}/{@code start} or a task's {@code submit-form}/
 * {@code complete}, on the webapps' engine API (what Tasklist calls) and on {@code /engine-rest},
 * this filter leaves only the rule's own message, in the caller's language. Nothing else is touched.
 */
@Configuration
public class RuleRefusalMessages {

  static final Pattern CAMUNDA_PREFIX = Pattern.compile(
      "^Cannot (?:instantiate process definition|submit start form for process definition|submit task form|complete task) \\S+: ");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> ruleRefusalMessageFilter(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter(json));
    registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
    registration.setName("ruleRefusalMessages");
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }

  /** Strips Camunda's prefix from a refusal's message. */
  static String stripped(String message) {
    return message == null ? null : CAMUNDA_PREFIX.matcher(message).replaceFirst("");
  }

  static final class Filter extends OncePerRequestFilter {

    private final ObjectMapper json;

    Filter(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
      String uri = request.getRequestURI();
      boolean start = uri.contains("/process-definition/") && (uri.endsWith("/submit-form") || uri.endsWith("/start"));
      boolean task = uri.contains("/task/") && (uri.endsWith("/submit-form") || uri.endsWith("/complete"));
      return !"POST".equals(request.getMethod()) || !(start || task);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
        throws ServletException, IOException {
      ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
      try {
        chain.doFilter(request, wrapper);
        if (wrapper.getStatus() == HttpServletResponse.SC_BAD_REQUEST && wrapper.getContentType() != null
            && wrapper.getContentType().contains("json") && wrapper.getContentSize() > 0) {
          rewrite(wrapper);
        }
      } finally {
        wrapper.copyBodyToResponse();
      }
    }

    private void rewrite(ContentCachingResponseWrapper wrapper) throws IOException {
      if (!(json.readTree(wrapper.getContentAsByteArray()) instanceof ObjectNode body)
          || !body.path("message").isTextual()) {
        return;
      }
      String message = body.get("message").asText();
      String clean = stripped(message);
      if (clean.equals(message)) {
        return;
      }
      body.put("message", clean);
      byte[] bytes = json.writeValueAsBytes(body);
      wrapper.resetBuffer();
      wrapper.getOutputStream().write(bytes);
    }
  }
}
