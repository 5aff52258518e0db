package cn.suzhou.shuanglian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The webapps' user-styles.css files are edited by several branches and merged as text. A rule left
 * open by a merge swallows every rule after it without any error: the browser drops them silently
 * (it happened to Tasklist's: the hidden 键盘快捷键 item and the phone header's wrapping were lost).
 */
@DisplayName("user-styles.css of every webapp: every rule and comment is closed")
class UserStylesTest {

  static final Path WEBAPPS = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app");

  @Test
  @DisplayName("no rule opens inside another rule (only in @media), none is left open, no comment is left open")
  void everyRuleClosed() throws IOException {
    List<Path> sheets;
    try (Stream<Path> files = Files.walk(WEBAPPS)) {
      sheets = files.filter(p -> p.getFileName().toString().equals("user-styles.css")).sorted().toList();
    }
    assertThat(sheets).as("user-styles.css files").isNotEmpty();
    for (Path sheet : sheets) {
      String css = Files.readString(sheet, StandardCharsets.UTF_8);
      // open blocks: the line each was opened on and whether it is an at-rule (@media holds rules)
      Deque<int[]> open = new ArrayDeque<>();
      int line = 1;
      int selectorStart = 0;
      for (int i = 0; i < css.length(); i++) {
        char c = css.charAt(i);
        if (c == '\n') {
          line++;
        } else if (css.startsWith("/*", i)) {
          int end = css.indexOf("*/", i + 2);
          assertThat(end).as(sheet + ": the comment opened on line " + line + " is closed").isPositive();
          line += (int) css.substring(i, end).chars().filter(ch -> ch == '\n').count();
          i = end + 1;
          selectorStart = i + 1;
        } else if (c == '{') {
          boolean atRule = css.substring(selectorStart, i).strip().startsWith("@");
          if (!open.isEmpty()) {
            assertThat(open.peek()[1]).as(sheet + ": the rule on line " + line + " is inside the rule opened on line "
                + open.peek()[0] + ", which is not closed").isEqualTo(1);
          }
          open.push(new int[] {line, atRule ? 1 : 0});
          selectorStart = i + 1;
        } else if (c == '}' || c == ';') {
          if (c == '}') {
            assertThat(open).as(sheet + ": the '}' on line " + line + " closes an open rule").isNotEmpty();
            open.pop();
          }
          selectorStart = i + 1;
        }
      }
      assertThat(open).as(sheet + ": rules left open at the end").isEmpty();
    }
  }
}
