package cn.suzhou.shuanglian.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is away, a request fails within the pool's connection timeout with 503 and
 * {@code Retry-After} (README "Database outage"). Controllers and the engine's REST resources
 * answer so through {@link Failures}; this filter does the same for what fails before them — the
 * Basic authentication of {@code /api} and {@code /engine-rest} on a cache miss, the webapps'
 * session checks — which would otherwise reach Tomcat as a 500 with a stack trace in the log.
 * Pages people see get the Chinese 503 page of {@link ProblemErrorController}.
 */
@Configuration(proxyBeanMethods = false)
public class OutageConfiguration {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> databaseUnavailable(Failures failures, Problems problems) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        try {
          chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
          if (!Failures.isUnavailable(e) || response.isCommitted()) {
            throw e;
          }
          // the caller's language and path (this filter may run outside Spring's request context filter)
          boolean ownContext = RequestContextHolder.getRequestAttributes() == null;
          if (ownContext) {
            RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request, response));
          }
          try {
            answer(request, response, failures.unavailable(e));
          } finally {
            if (ownContext) {
              RequestContextHolder.resetRequestAttributes();
            }
          }
        }
      }

      private void answer(HttpServletRequest request, HttpServletResponse response, Problem problem) throws IOException {
        response.resetBuffer();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (!Problems.isApiPath(path) && accept != null && accept.contains("text/html")) {
          problems.headers(problem).forEach(response::setHeader);
          response.sendError(problem.status());
        } else {
          problems.write(response, problem);
        }
      }
    });
    registration.setName("databaseUnavailable");
    registration.addUrlPatterns("/*");
    // outside every authentication filter
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
