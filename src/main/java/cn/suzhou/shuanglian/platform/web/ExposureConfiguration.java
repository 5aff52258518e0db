package cn.suzhou.shuanglian.platform.web;

import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.security.CachingBasicAuthenticationProvider;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What the application exposes besides its answers: every {@code /api} answer is marked
 * {@code nosniff} and {@code Cache-Control: no-store} (records with personal data must not sit in a
 * browser's or proxy's cache); {@code /actuator/health} shows each component's status to anyone (for
 * load balancers) but its details — disk paths, the database, the job executor's lock owner — only
 * to administrators (HTTP Basic of a {@code camunda-admin} member), in every profile.
 */
@Configuration(proxyBeanMethods = false)
public class ExposureConfiguration {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> apiResponseHeaders() {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        // Camunda's REST sets its own Cache-Control (no-cache): no-store stands
        chain.doFilter(request, new jakarta.servlet.http.HttpServletResponseWrapper(response) {
          @Override
          public void setHeader(String name, String value) {
            super.setHeader(name, HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name) ? "no-store" : value);
          }

          @Override
          public void addHeader(String name, String value) {
            if (HttpHeaders.CACHE_CONTROL.equalsIgnoreCase(name)) {
              super.setHeader(name, "no-store");
            } else {
              super.addHeader(name, value);
            }
          }
        });
      }
    });
    registration.setName("apiResponseHeaders");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> healthDetailsForAdministrators(CachingBasicAuthenticationProvider provider,
      ProcessEngine engine, ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (isAdministrator(request)) {
          chain.doFilter(request, response);
          return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        byte[] body = wrapper.getContentAsByteArray();
        if (body.length > 0 && json.readTree(body) instanceof ObjectNode health) {
          withoutDetails(health);
          wrapper.resetBuffer();
          wrapper.getOutputStream().write(json.writeValueAsBytes(health));
        }
        wrapper.copyBodyToResponse();
      }

      private boolean isAdministrator(HttpServletRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
          return false;
        }
        AuthenticationResult result;
        try {
          result = provider.extractAuthenticatedUser(request, engine);
        } catch (RuntimeException e) {
          if (Failures.isUnavailable(e)) {
            return false;  // the database is away: the statuses say so, without details
          }
          throw e;
        }
        return result != null && result.isAuthenticated() && result.getGroups() != null
            && result.getGroups().contains(Groups.ADMIN);
      }
    });
    registration.setName("healthDetailsForAdministrators");
    registration.addUrlPatterns("/actuator/health", "/actuator/health/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** Removes every component's details, keeping its status. */
  static void withoutDetails(JsonNode node) {
    if (node instanceof ObjectNode object) {
      object.remove("details");
      object.elements().forEachRemaining(ExposureConfiguration::withoutDetails);
    }
  }
}
