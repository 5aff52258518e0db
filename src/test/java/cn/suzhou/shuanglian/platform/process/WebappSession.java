package cn.suzhou.shuanglian.platform.process;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/** A webapp login as Tasklist and Cockpit make it (session cookie and CSRF token), for calling /camunda/api. */
public final class WebappSession {

  private final TestRestTemplate rest;
  private final Map<String, String> cookies = new LinkedHashMap<>();

  private WebappSession(TestRestTemplate rest) {
    this.rest = rest;
  }

  public static WebappSession login(TestRestTemplate rest, String app, String user, String password) {
    WebappSession session = new WebappSession(rest);
    session.keep(rest.getForEntity("/camunda/app/" + app + "/default/", String.class));
    MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
    form.add("username", user);
    form.add("password", password);
    HttpHeaders headers = session.headers();
    headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
    ResponseEntity<String> login = rest.exchange("/camunda/api/admin/auth/user/default/login/" + app, HttpMethod.POST,
        new HttpEntity<>(form, headers), String.class);
    session.keep(login);
    if (!login.getStatusCode().is2xxSuccessful()) {
      throw new IllegalStateException("login of " + user + " failed: " + login.getStatusCode() + " " + login.getBody());
    }
    // the login starts a new session; its CSRF token comes with the next read
    session.keep(rest.exchange("/camunda/api/admin/auth/user/default", HttpMethod.GET,
        new HttpEntity<>(session.headers()), String.class));
    return session;
  }

  public ResponseEntity<String> exchange(String path, HttpMethod method, Object jsonBody) {
    return exchange(path, method, jsonBody, "zh-CN");
  }

  /** As a browser whose language is {@code acceptLanguage}. */
  public ResponseEntity<String> exchange(String path, HttpMethod method, Object jsonBody, String acceptLanguage) {
    return exchange(path, method, jsonBody, acceptLanguage, null, null);
  }

  /** As {@link #exchange(String, HttpMethod, Object, String)}, with one more request header (when {@code name} is set). */
  public ResponseEntity<String> exchange(String path, HttpMethod method, Object jsonBody, String acceptLanguage,
      String name, String value) {
    HttpHeaders headers = headers();
    if (name != null) {
      headers.set(name, value);
    }
    headers.setContentType(MediaType.APPLICATION_JSON);
    headers.set(HttpHeaders.ACCEPT_LANGUAGE, acceptLanguage);
    ResponseEntity<String> response = rest.exchange(path, method, new HttpEntity<>(jsonBody, headers), String.class);
    keep(response);
    return response;
  }

  private HttpHeaders headers() {
    HttpHeaders headers = new HttpHeaders();
    List<String> pairs = new ArrayList<>();
    cookies.forEach((k, v) -> pairs.add(k + "=" + v));
    if (!pairs.isEmpty()) {
      headers.set(HttpHeaders.COOKIE, String.join("; ", pairs));
    }
    if (cookies.containsKey("XSRF-TOKEN")) {
      headers.set("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
    }
    return headers;
  }

  private void keep(ResponseEntity<?> response) {
    for (String cookie : response.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE)) {
      String pair = cookie.split(";", 2)[0];
      int eq = pair.indexOf('=');
      cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1).trim());
    }
  }
}
