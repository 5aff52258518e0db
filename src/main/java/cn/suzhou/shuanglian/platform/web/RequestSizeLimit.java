package cn.suzhou.shuanglian.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request body larger than {@code shuanglian.web.max-request-body} (default 1 MB; a multipart
 * upload such as a deployment: {@code max-upload-body}, default 10 MB) is refused with 413 before
 * anything reads it — by its declared length, or, for a body sent in chunks, when the limit is
 * passed. A multipart body sent in chunks to {@code /api} (an Excel import) is left to the container's
 * multipart limit ({@code spring.servlet.multipart.max-request-size}, set to the same
 * {@code max-upload-body}): Spring MVC reads its parts from the container, never from a wrapper.
 */
@Configuration(proxyBeanMethods = false)
public class RequestSizeLimit {

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> requestBodyLimit(Problems problems,
      @Value("${shuanglian.web.max-request-body:1MB}") DataSize maxBody,
      @Value("${shuanglian.web.max-upload-body:10MB}") DataSize maxUpload) {
    FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
      @Override
      protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
          throws ServletException, IOException {
        String type = request.getContentType();
        DataSize limit = type != null && type.toLowerCase().startsWith("multipart/") ? maxUpload : maxBody;
        long declared = request.getContentLengthLong();
        if (declared > limit.toBytes()) {
          refuse(request, response, limit);
          return;
        }
        boolean multipart = type != null && type.toLowerCase().startsWith("multipart/");
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && multipart
            && request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
          // Spring MVC reads a multipart body's parts from the container, not from a wrapper's stream:
          // the container's multipart limit (spring.servlet.multipart.max-request-size = max-upload-body) holds it
          chain.doFilter(request, response);
          return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
          byte[] body = readUpTo(request.getInputStream(), limit.toBytes());
          if (body == null) {
            refuse(request, response, limit);
            return;
          }
          chain.doFilter(new CachedBody(request, body), response);
          return;
        }
        chain.doFilter(request, response);
      }

      private void refuse(HttpServletRequest request, HttpServletResponse response, DataSize limit)
          throws IOException {
        response.setHeader("Connection", "close");
        // this filter runs before Spring's request context is set: the refusal is in the caller's language all the same
        RequestAttributes outer = RequestContextHolder.getRequestAttributes();
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
          problems.write(response, problems.of(ProblemType.PAYLOAD_TOO_LARGE, "error.request.tooLarge", human(limit)));
        } finally {
          RequestContextHolder.setRequestAttributes(outer);
        }
      }
    });
    registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  private static String human(DataSize size) {
    return size.toBytes() % (1024 * 1024) == 0 ? size.toMegabytes() + " MB" : size.toKilobytes() + " KB";
  }

  /** The body, or null when it is longer than {@code limit}. */
  private static byte[] readUpTo(InputStream in, long limit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        return null;
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  private static final class CachedBody extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override public boolean isFinished() { return in.available() == 0; }
        @Override public boolean isReady() { return true; }
        @Override public void setReadListener(ReadListener listener) { throw new UnsupportedOperationException(); }
        @Override public int read() { return in.read(); }
        @Override public int read(byte[] b, int off, int len) { return in.read(b, off, len); }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() { return body.length; }

    @Override
    public long getContentLengthLong() { return body.length; }
  }
}
