package cn.suzhou.shuanglian.platform.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * User-facing texts in the caller's language: Chinese unless the request asks for English by its
 * Accept-Language header (officials read Chinese; integrators may prefer English). Used by the API,
 * the REST authentication and the process rules alike, so a rule's message is written once.
 */
@Component
public class Messages {

  public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

  private final MessageSource messageSource;
  private final ObjectMapper json;

  public Messages(MessageSource messageSource, ObjectMapper json) {
    this.messageSource = messageSource;
    this.json = json;
  }

  public String get(String key, Object... args) {
    return messageSource.getMessage(key, plain(args), key, currentLocale());
  }

  /** The text in Chinese whatever the caller asked for: pages people see in the browser. */
  public String inChinese(String key, Object... args) {
    return messageSource.getMessage(key, plain(args), key, DEFAULT_LOCALE);
  }

  /** Ids and limits read as written ("987654321", not MessageFormat's "987,654,321"). */
  private static Object[] plain(Object[] args) {
    Object[] out = args.clone();
    for (int i = 0; i < out.length; i++) {
      if (out[i] instanceof Long || out[i] instanceof Integer) {
        out[i] = out[i].toString();
      }
    }
    return out;
  }

  /**
   * The locale of the current HTTP request, Chinese when there is none or it names no language we
   * have, and always Chinese for the webapps' own API ({@code /camunda/…}): Tasklist shows its
   * errors to officials.
   */
  public static Locale currentLocale() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      HttpServletRequest request = attributes.getRequest();
      Object original = request.getAttribute(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI);
      String uri = original != null ? original.toString() : request.getRequestURI();
      if (uri.startsWith(request.getContextPath() + "/camunda/")) {
        return DEFAULT_LOCALE;  // the webapps officials use read Chinese whatever the browser's locale
      }
      String header = request.getHeader("Accept-Language");
      if (header != null && !header.isBlank() && request.getLocale().getLanguage().equals("en")) {
        return Locale.ENGLISH;
      }
    }
    return DEFAULT_LOCALE;
  }

  /**
   * A problem+json body (RFC 9457) for places outside Spring MVC, such as servlet filters: the
   * type of the status (see {@link ProblemType}), the message under {@code key} as detail.
   */
  public String problemJson(int status, String key, Object... args) {
    return problemJson(ProblemType.forStatus(status), key, args);
  }

  public String problemJson(ProblemType type, String key, Object... args) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type.uri());
    body.put("title", get(type.titleKey()));
    body.put("status", type.status());
    body.put("detail", get(key, args));
    try {
      return json.writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
