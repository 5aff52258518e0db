package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.TestData;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

/** Headers of the domain API and the health endpoint's details: what the application exposes besides its answers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ActiveProfiles("test")
class ExposureTest {

  @Autowired TestRestTemplate rest;
  @Autowired ApplicationContext context;

  @Test
  @DisplayName("/api and /engine-rest answers are nosniff and no-store, also when refused")
  void apiHeaders() {
    String city = new TestData(context).cityOfficial();
    for (ResponseEntity<String> answer : java.util.List.of(
        rest.withBasicAuth(city, TestData.PASSWORD).getForEntity("/api/districts", String.class),
        rest.withBasicAuth(city, TestData.PASSWORD).getForEntity("/engine-rest/task", String.class),
        rest.getForEntity("/api/districts", String.class))) {
      assertThat(answer.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
      assertThat(answer.getHeaders().getCacheControl()).isEqualTo("no-store");
    }
  }

  @Test
  @DisplayName("/actuator/health: status for anyone, component details (disk path, database) for administrators only")
  void healthDetailsForAdministrators() {
    String anonymous = rest.getForEntity("/actuator/health", String.class).getBody();
    assertThat(anonymous).contains("\"status\"").contains("\"components\"").doesNotContain("\"details\"");
    String city = new TestData(context).cityOfficial();
    assertThat(rest.withBasicAuth(city, TestData.PASSWORD).getForEntity("/actuator/health", String.class).getBody())
        .doesNotContain("\"details\"");
    String admin = rest.withBasicAuth("test-admin", "Admin#Test2025").getForEntity("/actuator/health", String.class)
        .getBody();
    assertThat(admin).contains("\"details\"").contains("diskSpace");
  }
}
