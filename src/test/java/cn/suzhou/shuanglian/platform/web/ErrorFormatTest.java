package cn.suzhou.shuanglian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.WebappSession;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * One error format on every API path: whatever goes wrong — an unknown or finished task, broken
 * JSON, a wrong type, a wrong content type or method, an oversized body, a URL Tomcat itself
 * refuses, no credentials — the answer is problem+json with a stable type, a message in the
 * caller's language and no internals; the webapps and pages people see are Chinese whatever the
 * browser's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("test")
class ErrorFormatTest {

  private static final Pattern INTERNALS = Pattern.compile(
      "Exception|org\\.camunda|java\\.|jakarta\\.|SELECT |INSERT |ACT_[A-Z]{2}_|\\tat |Dto\\b|<html", Pattern.CASE_INSENSITIVE);
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;
  @LocalServerPort int port;

  private final HttpClient http = HttpClient.newHttpClient();
  private String city;

  @BeforeEach
  void users() {
    city = new TestData(context).cityOfficial();
  }

  @Test
  @DisplayName("engine API: unknown task 404, broken JSON 400 unreadable, wrong shape and wrong typed value 400 naming the field, text/plain 415, unknown path 404 — zh and en")
  void engineApi() throws Exception {
    JsonNode missing = problem(send("POST", "/engine-rest/task/no-such-task/complete", city, "application/json", "{}", "zh-CN"),
        404, "not-found");
    assertThat(missing.get("message").asText()).isEqualTo(missing.get("detail").asText());
    assertChinese(missing);
    assertEnglish(problem(send("POST", "/engine-rest/task/no-such-task/claim", city, "application/json",
        "{\"userId\":\"" + city + "\"}", "en"), 404, "not-found"));

    String start = "/engine-rest/process-definition/key/expertPoolApplication/submit-form";
    problem(send("POST", start, city, "application/json", "{\"variables\": ", "zh-CN"), 400, "unreadable");
    JsonNode shape = problem(send("POST", start, city, "application/json", "{\"variables\": 5}", "zh-CN"), 400, "validation");
    assertThat(shape.at("/errors/0/field").asText()).isEqualTo("variables");
    JsonNode typed = problem(send("POST", start, "test-admin", "application/json",
        "{\"variables\": {\"days\": {\"value\": \"1.5\", \"type\": \"Integer\"}}}", "en"), 400, "validation");
    assertThat(typed.at("/errors/0/field").asText()).isEqualTo("days");
    assertEnglish(typed);
    problem(send("POST", start, city, "text/plain", "hello", "zh-CN"), 415, "unsupported-media-type");
    problem(send("GET", "/engine-rest/no-such-resource", city, null, null, "zh-CN"), 404, "not-found");
  }

  @Test
  @DisplayName("/api: unknown path 404, wrong method 405, broken JSON 400 — the same types")
  void domainApi() throws Exception {
    problem(send("GET", "/api/no-such-thing", city, null, null, "zh-CN"), 404, "not-found");
    problem(send("DELETE", "/api/districts", city, null, null, "en"), 405, "method-not-allowed");
    problem(send("POST", "/api/expert-applications", city, "application/json", "{\"consent\": ", "zh-CN"), 400, "unreadable");
  }

  @Test
  @DisplayName("no credentials 401, a 5 MB body 413 on /api and /engine-rest, nothing read")
  void unauthenticatedAndOversized() throws Exception {
    assertChinese(problem(send("GET", "/engine-rest/task", null, null, null, "zh-CN"), 401, "unauthorized"));
    String big = "{\"text\": \"" + "a".repeat(5 * 1024 * 1024) + "\"}";
    problem(send("POST", "/api/expert-applications", city, "application/json", big, "zh-CN"), 413, "payload-too-large");
    problem(send("POST", "/engine-rest/process-definition/key/expertPoolApplication/start", city, "application/json",
        big, "en"), 413, "payload-too-large");
  }

  @Test
  @DisplayName("a URL with unencoded Chinese, refused by Tomcat itself: problem+json, not Tomcat's HTML page")
  void tomcatRefusal() throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(("GET /engine-rest/process-instance?businessKey=宿州 HTTP/1.1\r\nHost: localhost\r\n"
          + "Authorization: Basic " + basic(city) + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json");
      String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
      body = body.substring(body.indexOf('{'), body.lastIndexOf('}') + 1);
      JsonNode problem = JSON.readTree(body);
      assertThat(problem.get("type").asText()).isEqualTo("urn:shuanglian:problem:unreadable");
      assertThat(body).doesNotContainPattern(INTERNALS).doesNotContain("Tomcat");
      assertChinese(problem);
    }
  }

  @Test
  @DisplayName("people see Chinese whatever the browser's language: the webapps' engine API and the error page")
  void peopleSeeChinese() throws Exception {
    WebappSession tasklist = WebappSession.login(rest, "tasklist", city, TestData.PASSWORD);
    ResponseEntity<String> answer = tasklist.exchange("/camunda/api/engine/engine/default/task/no-such-task/complete",
        HttpMethod.POST, "{}", "en-US,en;q=0.9");
    assertThat(answer.getStatusCode().value()).isEqualTo(404);
    assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
    JsonNode body = JSON.readTree(answer.getBody());
    assertThat(body.get("type").asText()).isEqualTo("urn:shuanglian:problem:not-found");
    assertChinese(body);

    HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/no-such-page"))
        .header("Accept", "text/html").header("Accept-Language", "en-US").GET().build(), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(404);
    assertThat(page.body()).contains("lang=\"zh-CN\"").contains("未找到").doesNotContain("Whitelabel").doesNotContain("Not Found");
  }

  private HttpResponse<String> send(String method, String path, String user, String contentType, String body, String language)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Accept-Language", language)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (user != null) {
      request.header("Authorization", "Basic " + basic(user));
    }
    if (contentType != null) {
      request.header("Content-Type", contentType);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static String basic(String user) {
    String password = user.equals("test-admin") ? "Admin#Test2025" : TestData.PASSWORD;
    return Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  /** The answer is problem+json of this status and type, complete and without internals. */
  private static JsonNode problem(HttpResponse<String> answer, int status, String type) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    assertThat(answer.body()).doesNotContainPattern(INTERNALS);
    JsonNode body = JSON.readTree(answer.body());
    assertThat(body.get("type").asText()).isEqualTo("urn:shuanglian:problem:" + type);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asText()).isNotBlank();
    assertThat(body.get("detail").asText()).isNotBlank();
    return body;
  }

  private static void assertChinese(JsonNode problem) {
    assertThat(problem.get("title").asText()).containsPattern(HAN);
    assertThat(problem.get("detail").asText()).containsPattern(HAN);
  }

  private static void assertEnglish(JsonNode problem) {
    assertThat(problem.get("title").asText()).doesNotContainPattern(HAN);
    assertThat(problem.get("detail").asText()).doesNotContainPattern(HAN).containsPattern("[a-z]{3,}");
  }
}
