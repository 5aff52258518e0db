package cn.suzhou.shuanglian.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.contract.ProcessContract;
import cn.suzhou.shuanglian.platform.process.contract.Var;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A process variable's name is written once, in its process's contract: no main or test code names
 * a variable in a string passed to the engine's variable APIs (get/set/remove/has…Variable…,
 * putValue, the …VariableValue… query filters, VariableReader), as a variable of a REST body
 * ({@code "name", Map.of("value", …)}) or as the first key of a map given to complete, submit,
 * start or setVariables. Code reads and writes variables through the contracts' {@link Var}s.
 */
class VariableNameLiteralTest {

  private static final Pattern ENGINE_API = Pattern.compile(
      "\\b(?:get|set|remove|has)Variables?(?:Local)?(?:Typed)?\\(\\s*(?:[\\w.()]+,\\s*)?\"(\\w+)\""
          + "|\\bputValue(?:Typed)?\\(\\s*\"(\\w+)\""
          + "|\\b\\w*VariableValue\\w*\\(\\s*\"(\\w+)\""
          + "|\\bin\\.(?:text|number|isTrue|date|list|decimal|raw)\\(\\s*\"(\\w+)\""
          + "|\"(\\w+)\",\\s*Map\\.of\\(\\s*\"value\""
          + "|(?:complete|submitTaskForm|submitStartForm|startProcessInstanceBy\\w*|setVariables\\w*|\"variables\")"
          + "[^;]*?Map\\.of\\(\\s*\"(\\w+)\"");

  @Test
  @DisplayName("no variable-name string literals outside the process contracts (main and test code)")
  void noVariableNameLiterals() throws Exception {
    Set<String> names = new HashSet<>();
    Set<String> contractFiles = new HashSet<>();
    for (ProcessContract contract : ProcessContractConformanceTest.contracts().values()) {
      contractFiles.add(contract.getClass().getName().replace('.', '/') + ".java");
      for (Field field : contract.getClass().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Var.class.isAssignableFrom(field.getType())) {
          field.setAccessible(true);
          names.add(((Var<?>) field.get(null)).name());
        }
      }
    }
    assertThat(names).as("variables declared by the contracts").hasSizeGreaterThan(100);
    List<String> found = new ArrayList<>();
    for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
          String relative = root.relativize(file).toString().replace('\\', '/');
          if (!contractFiles.contains(relative) && !file.endsWith("VariableNameLiteralTest.java")) {
            scan(file, names, found);
          }
        }
      }
    }
    System.out.printf("Variable-name literals outside the contracts: %d (%d variables declared)%n", found.size(), names.size());
    assertThat(found).as("variable names written outside their contract").isEmpty();
  }

  private static void scan(Path file, Set<String> names, List<String> found) throws IOException {
    List<String> lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      Matcher matcher = ENGINE_API.matcher(lines.get(i));
      while (matcher.find()) {
        for (int g = 1; g <= matcher.groupCount(); g++) {
          String name = matcher.group(g);
          if (name != null && names.contains(name)) {
            found.add(file + ":" + (i + 1) + ": \"" + name + "\"");
          }
        }
      }
    }
  }
}
