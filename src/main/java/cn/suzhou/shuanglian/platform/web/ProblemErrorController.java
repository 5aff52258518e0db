package cn.suzhou.shuanglian.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The container's error page (Spring Boot's {@code /error}, replacing its whitelabel page): errors
 * that no controller or engine resource answered itself — a filter's failure, an unknown path, a
 * malformed URL. API paths and clients that do not ask for HTML get problem+json; people in a
 * browser get a short page in Chinese.
 */
@RestController
public class ProblemErrorController implements ErrorController {

  private final Problems problems;
  private final Failures failures;
  private final Messages messages;

  public ProblemErrorController(Problems problems, Failures failures, Messages messages) {
    this.problems = problems;
    this.failures = failures;
    this.messages = messages;
  }

  @RequestMapping("${server.error.path:${error.path:/error}}")
  public void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer i ? i : response.getStatus();
    Object thrown = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
    Problem problem = thrown instanceof Throwable t && status >= 500 ? failures.translate(t) : problems.forStatus(status);
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = uri == null ? request.getRequestURI() : uri.toString();
    String accept = request.getHeader(HttpHeaders.ACCEPT);
    boolean wantsPage = !Problems.isApiPath(path) && accept != null && accept.contains("text/html");
    if (wantsPage) {
      // a page people see in the browser: Chinese, whatever the browser's locale
      problem = problems.inChinese(problem);
      response.setStatus(status);
      response.setContentType("text/html;charset=UTF-8");
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.getWriter().write("<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
          + HtmlUtils.htmlEscape(problem.title()) + "</title></head><body style=\"font-family:sans-serif;margin:3em\"><h1>"
          + HtmlUtils.htmlEscape(problem.title()) + "</h1><p>" + HtmlUtils.htmlEscape(problem.detail())
          + "</p><p><a href=\"/camunda/app/tasklist/\">" + HtmlUtils.htmlEscape(messages.inChinese("error.page.home"))
          + "</a></p></body></html>");
      return;
    }
    problems.write(response, problem);
  }
}
