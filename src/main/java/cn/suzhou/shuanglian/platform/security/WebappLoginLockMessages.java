package cn.suzhou.shuanglian.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Optional;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}}) tells a
 * locked user so: Camunda answers every refused login with an empty 401, which the login page shows
 * as "wrong user name or password"; when the refusal was a lock, the 401 carries the lock-out problem
 * (until when, {@code Retry-After}) with a {@code message} member, the text the login page shows.
 */
@Configuration(proxyBeanMethods = false)
public class WebappLoginLockMessages {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappLoginLockMessagesFilter(LoginLockout lockout) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
      }

      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        DeferredUnauthorized answer = new DeferredUnauthorized(response);
        chain.doFilter(request, answer);
        Optional<LockRefusal> refusal = LoginLockout.refusalOf(request);
        if (refusal.isPresent() && answer.getStatus() == HttpServletResponse.SC_UNAUTHORIZED && !response.isCommitted()) {
          response.resetBuffer();
          lockout.writeRefusal(response, refusal.get(), true);
        } else if (answer.deferred) {
          response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
      }
    });
    registration.setName("webappLoginLockMessages");
    registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
    return registration;
  }

  /** Holds back a 401 sent as an error (Jersey does so for an empty answer), so that a body can follow. */
  static final class DeferredUnauthorized extends HttpServletResponseWrapper {

    boolean deferred;

    DeferredUnauthorized(HttpServletResponse response) {
      super(response);
    }

    @Override
    public void sendError(int status) throws IOException {
      sendError(status, null);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      if (status == SC_UNAUTHORIZED) {
        deferred = true;
        setStatus(status);
      } else if (message == null) {
        super.sendError(status);
      } else {
        super.sendError(status, message);
      }
    }
  }
}
