package cn.suzhou.shuanglian.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Tasklist's custom script zh-forms shows a Chinese description of a field's format instead of
 * form-js's "Field must match pattern ^…$.": every pattern of every form must have one, or the
 * official reads only the generic "格式不正确".
 */
@DisplayName("zh-forms: every pattern of the forms has a Chinese description")
class ZhFormsScriptTest {

  static final Path SCRIPT = Path.of("src/main/resources/META-INF/resources/webjars/camunda/app/tasklist/scripts/zh-forms/zh-forms.js");
  static final Pattern ENTRY = Pattern.compile("^\\s*'(\\^(?:[^'\\\\]|\\\\.)*)':\\s*'([^']*)'", Pattern.MULTILINE);

  @Test
  @DisplayName("each forms/*.form pattern is a key of the script's PATTERNS, described in Chinese without Latin regex syntax")
  void everyPatternDescribed() throws IOException {
    String script = Files.readString(SCRIPT, StandardCharsets.UTF_8);
    String table = script.substring(script.indexOf("const PATTERNS = {"), script.indexOf("};", script.indexOf("const PATTERNS = {")));
    Map<String, String> described = new TreeMap<>();
    Matcher entry = ENTRY.matcher(table);
    while (entry.find()) {
      described.put(entry.group(1).replace("\\\\", "\\"), entry.group(2));
    }
    assertThat(described).as("the script's table").isNotEmpty();
    assertThat(described.values()).allSatisfy(text -> assertThat(text).containsPattern("[\\u4e00-\\u9fff]")
        .doesNotContain("^", "$", "[0-9", "\\d", "{"));

    Map<String, String> used = new TreeMap<>();
    ObjectMapper json = new ObjectMapper();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.filter(p -> p.toString().endsWith(".form")).toList()) {
        json.readTree(form.toFile()).findValues("pattern").stream().filter(JsonNode::isTextual)
            .forEach(p -> used.put(p.asText(), form.getFileName().toString()));
      }
    }
    assertThat(used).as("patterns in forms/").isNotEmpty();
    assertThat(described.keySet()).as("patterns described in zh-forms.js").containsAll(used.keySet());
  }
}
