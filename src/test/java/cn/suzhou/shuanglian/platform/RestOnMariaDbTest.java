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

  @Test
  @DisplayName("a contact name of 40 × 𠮷 (80 UTF-16 units) fits varchar(64) on MariaDB/MySQL: 201 and read back")
  void fortyJiStoredOnMariaDb() {
    String code = cn.suzhou.shuanglian.support.TestIds.creditCode(
        "913413026" + Integer.toString(Math.abs(data.id("cpm").hashCode()) % 100_000_000 + 100_000_000).substring(1));
    java.util.Map<String, Object> enterprise = java.util.Map.of("creditCode", code, "name", "宿州生僻字企业" + code,
        "districtCode", "341302", "industryGroupCode", "NEW_MATERIALS", "scale", "SMALL",
        "contactName", "𠮷".repeat(40));
    assertThat(as(city).postForEntity("/api/enterprises", json(enterprise), String.class).getStatusCode())
        .isEqualTo(org.springframework.http.HttpStatus.CREATED);
    // the response's bytes hold the character itself, not the escaped surrogate pair \\uD842\\uDFB7
    assertThat(String.join("", cn.suzhou.shuanglian.support.ApiPages.bodies(as(city), "/api/enterprises")))
        .contains("𠮷".repeat(40)).doesNotContain("\\uD842");
    java.util.List<?> all = cn.suzhou.shuanglian.support.ApiPages.rows(as(city), "/api/enterprises");
    assertThat(all).anySatisfy(e -> {
      java.util.Map<?, ?> row = (java.util.Map<?, ?>) e;
      assertThat(row.get("creditCode")).isEqualTo(code);
      assertThat(row.get("contactName")).isEqualTo("𠮷".repeat(40));
    });
  }
}
