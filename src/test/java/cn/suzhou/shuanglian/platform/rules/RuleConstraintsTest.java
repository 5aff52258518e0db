package cn.suzhou.shuanglian.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.rules.RuleConstraints.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The list of unique keys ({@link RuleConstraints}) is the schema's: every unique key the migrations
 * create is in it, with the rule's message in Chinese and English, and nothing else is; the names are
 * found in MariaDB's and H2's refusals.
 */
class RuleConstraintsTest {

  private static final Pattern UNIQUE = Pattern.compile(
      "(?i)constraint\\s+(\\w+)\\s+unique|create\\s+unique\\s+index\\s+(\\w+)");

  @Test
  @DisplayName("every unique key of db/migration is listed, and only those")
  void listEqualsTheSchema() throws IOException {
    Set<String> inSchema = new TreeSet<>();
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".sql")).toList()) {
        Matcher m = UNIQUE.matcher(Files.readString(file));
        while (m.find()) {
          inSchema.add((m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase());
        }
      }
    }
    assertThat(inSchema).hasSizeGreaterThan(40);
    assertThat(new TreeSet<>(RuleConstraints.all().keySet())).isEqualTo(inSchema);
  }

  @Test
  @DisplayName("each rule's refusal has its message in messages.properties and messages_en.properties, and no stray one")
  void messagesInBothLanguages() throws IOException {
    Set<String> rules = RuleConstraints.all().entrySet().stream().filter(e -> e.getValue() == Kind.RULE)
        .map(e -> "rule.constraint." + e.getKey()).collect(Collectors.toCollection(TreeSet::new));
    for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
      Properties messages = new Properties();
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(file)) {
        messages.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
      Set<String> keys = messages.stringPropertyNames().stream().filter(k -> k.startsWith("rule.constraint."))
          .collect(Collectors.toCollection(TreeSet::new));
      assertThat(keys).as(file).isEqualTo(rules);
      assertThat(keys).allSatisfy(k -> assertThat(messages.getProperty(k)).as(file + " " + k).isNotBlank());
    }
  }

  @Test
  @DisplayName("the violated key is read from MariaDB/MySQL and H2 messages, longest name first")
  void namesFromDatabaseMessages() {
    Map<String, String> samples = Map.of(
        "Duplicate entry '5-2026' for key 'uk_project_commissioner_year'", "uk_project_commissioner_year",
        "Duplicate entry '2026-7' for key 'project_application.uk_project_serial'", "uk_project_serial",
        "Unique index or primary key violation: \"PUBLIC.UK_EVALUATION_INDEX_9 ON PUBLIC.EVALUATION(DISPATCH_ID NULLS "
            + "FIRST, SERVICE_YEAR NULLS FIRST) VALUES ( /* 1 */ CAST(3 AS BIGINT), 1 )\"", "uk_evaluation",
        "Unique index or primary key violation: \"PUBLIC.UK_EVALUATION_CASE_INDEX_9 ON PUBLIC.EVALUATION("
            + "PROCESS_INSTANCE_ID NULLS FIRST) VALUES ( /* 1 */ 'a' )\"", "uk_evaluation_case",
        "Unique index or primary key violation: \"PUBLIC.UX_PROJECT_PROCESS_INSTANCE ON PUBLIC.PROJECT_APPLICATION("
            + "PROCESS_INSTANCE_ID NULLS FIRST) VALUES ( /* 2 */ 'x' )\"", "ux_project_process_instance");
    samples.forEach((message, name) -> assertThat(RuleConstraints.inMessage(message)).as(message).get()
        .satisfies(c -> assertThat(c.name()).isEqualTo(name)));
    assertThat(RuleConstraints.inMessage("Duplicate entry 'x' for key 'PRIMARY'")).isEmpty();
    assertThat(RuleConstraints.named("PUBLIC.UK_EXPERT_APPLICATION_PENDING_INDEX_3")).get()
        .satisfies(c -> assertThat(c.kind()).isEqualTo(Kind.RULE));
  }
}
