package cn.suzhou.shuanglian.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body over {@code shuanglian.web.max-request-body} (2 MB) is read on {@code /api} or
 * {@code /engine-rest}: a declared length over it is answered 413 without being parsed, and a body
 * without a declared length stops being read at the limit ({@link TooLarge}, answered 413 too). The
 * largest real request — a district's list of service units and demands — is a few hundred kilobytes.
 */
@Configuration(proxyBeanMethods = false)
public class RequestBodyLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestBodyLimitFilter(WebProperties properties, Messages messages) {
    long limit = properties.maxRequestBody().toBytes();
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
          drain(request, limit);
          response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
          response.setContentType("application/problem+json");
          response.setCharacterEncoding(StandardCharsets.UTF_8.name());
          response.setHeader("Connection", "close");
          // in the caller's language, whether or not Spring's request context is set up yet
          RequestAttributes outer = RequestContextHolder.getRequestAttributes();
          RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
          try {
            response.getWriter().write(messages.problemJson(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "request.payloadTooLarge.limit", readable(properties)));
          } finally {
            RequestContextHolder.setRequestAttributes(outer);
          }
          return;
        }
        chain.doFilter(request.getContentLengthLong() < 0 ? new Limited(request, limit) : request, response);
      }
    });
    registration.setName("requestBodyLimit");
    registration.addUrlPatterns("/api/*", "/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
    return registration;
  }

  /**
   * Reads and drops a body over the limit (up to 8 times the limit) before answering, so that the
   * client, still sending, reads the 413 instead of a reset connection; beyond that the connection closes.
   */
  private static void drain(HttpServletRequest request, long limit) throws IOException {
    byte[] buffer = new byte[64 * 1024];
    long left = Math.min(request.getContentLengthLong(), limit * 8);
    var in = request.getInputStream();
    int n;
    while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) > 0) {
      left -= n;
    }
  }

  /** The limit as people read it: "2 MB", "512 KB". */
  static String readable(WebProperties properties) {
    long bytes = properties.maxRequestBody().toBytes();
    return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : Math.max(1, bytes / 1024) + " KB";
  }

  /** Thrown when a body without a declared length goes over the limit. */
  public static class TooLarge extends IOException {
    private static final long serialVersionUID = 1L;

    TooLarge(long limit) {
      super("request body over " + limit + " bytes");
    }
  }

  private static final class Limited extends HttpServletRequestWrapper {
    private final long limit;
    private ServletInputStream stream;

    Limited(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws TooLarge {
            read += n;
            if (read > limit) {
              throw new TooLarge(limit);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return stream;
    }
  }
}
