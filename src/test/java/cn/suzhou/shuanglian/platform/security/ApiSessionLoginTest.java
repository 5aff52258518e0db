package cn.suzhou.shuanglian.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.WebappSession;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.TestData;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/**
 * The board (issue 16) reads {@code /api} with the official's Tasklist login: the same rows as the
 * same official's Basic credentials, for reading only, gone at logout; and a page's script gets a
 * plain 401 instead of the browser's password dialog.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("test")
class ApiSessionLoginTest {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;

  @Test
  @DisplayName("a Tasklist login reads /api with that official's rights: the same answer as their Basic credentials, district and city")
  void sessionReadsAsTheOfficial() {
    TestData data = new TestData(context);
    DispatchFixtures fixtures = new DispatchFixtures(context, data);
    String own = fixtures.enterprise("341302").getName();
    String other = fixtures.enterprise("341321").getName();
    String district = data.districtOfficial("341302");
    String city = data.cityOfficial();
    for (String user : new String[] {district, city}) {
      WebappSession session = WebappSession.login(rest, "tasklist", user, TestData.PASSWORD);
      for (String path : new String[] {"/api/enterprises?size=200", "/api/rounds", "/api/dispatches?size=200"}) {
        ResponseEntity<String> bySession = session.exchange(path, HttpMethod.GET, null);
        ResponseEntity<String> byBasic = rest.withBasicAuth(user, TestData.PASSWORD).getForEntity(path, String.class);
        assertThat(bySession.getStatusCode()).as(user + " " + path).isEqualTo(byBasic.getStatusCode());
        assertThat(bySession.getBody()).as(user + " " + path).isEqualTo(byBasic.getBody());
      }
    }
    // the district's rights, not the city's
    String districtReads = WebappSession.login(rest, "tasklist", district, TestData.PASSWORD)
        .exchange("/api/enterprises?size=200", HttpMethod.GET, null).getBody();
    assertThat(districtReads).contains(own).doesNotContain(other);
    assertThat(WebappSession.login(rest, "tasklist", city, TestData.PASSWORD)
        .exchange("/api/enterprises?size=200", HttpMethod.GET, null).getBody()).contains(own, other);
  }

  @Test
  @DisplayName("the session only reads: a POST with the session cookie and CSRF token is 401 and writes nothing")
  void sessionDoesNotWrite() {
    TestData data = new TestData(context);
    String city = data.cityOfficial();
    WebappSession session = WebappSession.login(rest, "tasklist", city, TestData.PASSWORD);
    String before = rest.withBasicAuth(city, TestData.PASSWORD).getForEntity("/api/rounds", String.class).getBody();
    ResponseEntity<String> post = session.exchange("/api/rounds", HttpMethod.POST, Map.of("roundYear", 2026));
    assertThat(post.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(post.getBody()).contains("\"status\":401");
    assertThat(rest.withBasicAuth(city, TestData.PASSWORD).getForEntity("/api/rounds", String.class).getBody())
        .isEqualTo(before);
  }

  @Test
  @DisplayName("after logout the session reads nothing; wrong Basic credentials beside a valid session are judged alone")
  void logoutEndsIt() {
    TestData data = new TestData(context);
    String city = data.cityOfficial();
    WebappSession session = WebappSession.login(rest, "tasklist", city, TestData.PASSWORD);
    assertThat(session.exchange("/api/enterprises", HttpMethod.GET, null).getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(session.exchange("/camunda/api/admin/auth/user/default/logout", HttpMethod.POST, null)
        .getStatusCode().is2xxSuccessful()).isTrue();
    assertThat(session.exchange("/api/enterprises", HttpMethod.GET, null).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);

    WebappSession again = WebappSession.login(rest, "tasklist", city, TestData.PASSWORD);
    assertThat(again.exchange("/api/enterprises", HttpMethod.GET, null, "zh-CN", HttpHeaders.AUTHORIZATION,
        "Basic " + java.util.Base64.getEncoder().encodeToString((city + ":wrong").getBytes())).getStatusCode())
        .isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  @Test
  @DisplayName("without a login: a page's script (X-Requested-With) gets 401 problem+json without a Basic challenge; other clients get the challenge")
  void challengeOnlyForClients() {
    HttpHeaders page = new HttpHeaders();
    page.set("X-Requested-With", "XMLHttpRequest");
    page.set(HttpHeaders.ACCEPT_LANGUAGE, "zh-CN");
    ResponseEntity<String> fromPage = rest.exchange("/api/board/charts", HttpMethod.GET, new HttpEntity<>(page), String.class);
    assertThat(fromPage.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromPage.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE)).isNull();
    assertThat(fromPage.getHeaders().getContentType().isCompatibleWith(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    assertThat(fromPage.getBody()).contains("\"status\":401");

    ResponseEntity<String> fromClient = rest.getForEntity("/api/enterprises", String.class);
    assertThat(fromClient.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(fromClient.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic ");
  }
}
