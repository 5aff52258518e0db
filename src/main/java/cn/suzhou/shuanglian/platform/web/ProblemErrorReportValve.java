package cn.suzhou.shuanglian.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.context.MessageSource;

/**
 * Tomcat's last word, for requests it refuses before any servlet sees them (a URL with unencoded
 * Chinese characters, a malformed request line or header): instead of Tomcat's HTML page in
 * English, the same problem+json as every API answer, in the caller's language when its
 * {@code Accept-Language} could be read.
 */
public class ProblemErrorReportValve extends ErrorReportValve {

  private final MessageSource texts;
  private final ObjectMapper json = new ObjectMapper();

  public ProblemErrorReportValve(MessageSource texts) {
    this.texts = texts;
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    Locale locale = locale(request);
    // a 400 here is a request Tomcat could not parse, not a value a rule refused
    ProblemType type = status == 400 ? ProblemType.UNREADABLE : ProblemType.forStatus(status);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", texts.getMessage(type.titleKey(), null, type.name(), locale));
    body.put("status", status);
    body.put("detail", status == 400 ? texts.getMessage("error.request.malformed", null, "", locale)
        : texts.getMessage("problem.detail." + type.name().toLowerCase(Locale.ROOT).replace('_', '-'), null, "", locale));
    try {
      response.resetBuffer();
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer != null) {
        writer.write(json.writeValueAsString(body));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response cannot take a body: nothing more to say
    }
  }

  private static Locale locale(Request request) {
    try {
      String header = request.getHeader("Accept-Language");
      if (header != null && !header.isBlank() && request.getLocale().getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    } catch (RuntimeException e) {
      // an unreadable request: Chinese
    }
    return Messages.DEFAULT_LOCALE;
  }
}
