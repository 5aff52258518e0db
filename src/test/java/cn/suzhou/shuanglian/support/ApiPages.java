package cn.suzhou.shuanglian.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * Reads every page of a paged {@code /api} list as an integrator does: the first page at the path,
 * then each {@code Link: <…>; rel="next"} until there is none. The tests' databases hold the rows of
 * other tests (and on MariaDB of earlier runs), so a row a test just wrote may lie beyond the first page.
 */
public final class ApiPages {

  private static final Pattern NEXT = Pattern.compile("<([^>]*)>;\\s*rel=\"next\"");
  private static final ObjectMapper JSON = new ObjectMapper();

  private ApiPages() {}

  /** The bodies of every page, each as received (UTF-8), each answered 200. */
  public static List<String> bodies(TestRestTemplate client, String path) {
    List<String> bodies = new ArrayList<>();
    String next = path;
    while (next != null) {
      ResponseEntity<byte[]> page = client.getForEntity(next, byte[].class);
      assertThat(page.getStatusCode()).as(next).isEqualTo(HttpStatus.OK);
      bodies.add(page.getBody() == null ? "[]" : new String(page.getBody(), java.nio.charset.StandardCharsets.UTF_8));
      next = next(page.getHeaders());
      assertThat(bodies.size()).as("pages of %s", path).isLessThan(10_000);
    }
    return bodies;
  }

  /** The rows of every page, in the list's order. */
  public static List<Map<String, Object>> rows(TestRestTemplate client, String path) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (String body : bodies(client, path)) {
      try {
        rows.addAll(JSON.readValue(body, new TypeReference<List<Map<String, Object>>>() {}));
      } catch (java.io.IOException e) {
        throw new AssertionError("not a JSON array: " + body, e);
      }
    }
    return rows;
  }

  /** The ids of every page's rows. */
  public static List<Long> ids(TestRestTemplate client, String path) {
    return rows(client, path).stream().map(r -> ((Number) r.get("id")).longValue()).toList();
  }

  /** The URL of the next page, or null on the last. */
  public static String next(HttpHeaders headers) {
    String link = headers.getFirst(HttpHeaders.LINK);
    if (link == null) {
      return null;
    }
    Matcher m = NEXT.matcher(link);
    return m.find() ? m.group(1) : null;
  }
}
