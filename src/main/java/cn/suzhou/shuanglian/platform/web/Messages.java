package cn.suzhou.shuanglian.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
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

  public Messages(MessageSource messageSource) {
    this.messageSource = messageSource;
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
}
