package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.support.RequiresMariaDb;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/** The same REST contract on MariaDB/MySQL through MySQL Connector/J with the production profile. */
@RequiresMariaDb
@ActiveProfiles({"mysql", "test-mysql"})
@DisplayName("REST on MariaDB (Connector/J)")
class RestOnMariaDbTest extends RestContract {

  @Test
  @DisplayName("profile mysql: the webapps send HSTS and mark their cookies Secure")
  void productionWebappHeaders() {
    ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
    assertThat(page.getHeaders().getFirst("Strict-Transport-Security")).contains("max-age=");
    List<String> cookies = page.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE);
    assertThat(cookies).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("Secure"));
  }
}
