package cn.suzhou.loadbench;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the request threads' CPU goes in a JFR recording of the load benchmark
 * ({@code -Dloadbench.jfr=true} writes target/loadbench/project-&lt;db&gt;.jfr):
 * {@code ./mvnw -q -Pbench compile exec:java -Dbench=cn.suzhou.loadbench.JfrHotspots -Djfr=target/loadbench/project-h2.jfr}.
 * Counts the {@code jdk.ExecutionSample} events of {@code http-nio-*} threads and prints, in percent
 * of them: the top self methods, the project's own frames (inclusive: a sample counts once for every
 * project method on its stack), and a few named areas (inclusive) — authentication, the trust
 * boundary, Camunda's authorization checks, Hibernate, JSON, the engine's history and its SQL.
 */
public final class JfrHotspots {

  static final Map<String, List<String>> AREAS = new java.util.LinkedHashMap<>();

  static {
    AREAS.put("REST authentication (filter + provider)", List.of("ProcessEngineAuthenticationFilter.doFilter"));
    AREAS.put("password hashing (identity checkPassword)", List.of("checkPassword", "PasswordEncryptor"));
    AREAS.put("project trust boundary", List.of("cn.suzhou.shuanglian.platform.process.boundary"));
    AREAS.put("project delegates/listeners (engine calls into project beans)", List.of("DelegateExpressionExecutionListener",
        "ServiceTaskDelegateExpressionActivityBehavior"));
    AREAS.put("project /api controllers", List.of("cn.suzhou.shuanglian.servicerecord.ServiceRecordController",
        "cn.suzhou.shuanglian.expert.ExpertApplicationController"));
    AREAS.put("Camunda authorization checks", List.of("AuthorizationManager"));
    AREAS.put("Camunda history events", List.of("HistoryEventProducer", "HistoryEventHandler"));
    AREAS.put("MyBatis / JDBC", List.of("org.apache.ibatis", "com.mysql.cj", "org.h2."));
    AREAS.put("Hibernate", List.of("org.hibernate"));
    AREAS.put("Jackson / Spin JSON", List.of("com.fasterxml.jackson", "org.camunda.spin"));
    AREAS.put("Camunda Forms (formRef) / deployed form", List.of("CamundaFormDefinition", "FormDefinition", "FormFieldValidat"));
    AREAS.put("Spring Security filter chain", List.of("org.springframework.security"));
    AREAS.put("Spring transactions", List.of("TransactionInterceptor", "AbstractPlatformTransactionManager"));
    AREAS.put("engine command (total)", List.of("CommandContextInterceptor.execute"));
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(System.getProperty("jfr", args.length > 0 ? args[0] : "target/loadbench/project-h2.jfr"));
    int top = Integer.getInteger("top", 25);
    Map<String, Integer> self = new HashMap<>();
    Map<String, Integer> project = new HashMap<>();
    Map<String, Integer> areas = new HashMap<>();
    int samples = 0;
    try (RecordingFile recording = new RecordingFile(file)) {
      while (recording.hasMoreEvents()) {
        RecordedEvent e = recording.readEvent();
        if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getThread("sampledThread") == null
            || e.getThread("sampledThread").getJavaName() == null
            || !e.getThread("sampledThread").getJavaName().startsWith("http-nio") || e.getStackTrace() == null) {
          continue;
        }
        samples++;
        List<RecordedFrame> frames = e.getStackTrace().getFrames();
        if (!frames.isEmpty()) {
          self.merge(name(frames.get(0)), 1, Integer::sum);
        }
        Set<String> seen = new HashSet<>();
        Set<String> seenAreas = new HashSet<>();
        for (RecordedFrame f : frames) {
          String n = name(f);
          if (n.startsWith("cn.suzhou.shuanglian.") && seen.add(n)) {
            project.merge(n, 1, Integer::sum);
          }
          for (Map.Entry<String, List<String>> area : AREAS.entrySet()) {
            if (!seenAreas.contains(area.getKey()) && area.getValue().stream().anyMatch(n::contains)) {
              seenAreas.add(area.getKey());
              areas.merge(area.getKey(), 1, Integer::sum);
            }
          }
        }
      }
    }
    System.out.printf("%s: %d execution samples on request threads (http-nio-*)%n", file, samples);
    print("named areas, inclusive", areas, samples, AREAS.size());
    print("project methods, inclusive", project, samples, top);
    print("top self methods", self, samples, top);
  }

  static String name(RecordedFrame f) {
    return f.getMethod().getType().getName() + "." + f.getMethod().getName();
  }

  static void print(String title, Map<String, Integer> counts, int samples, int top) {
    System.out.printf("%n%s%n| %% of samples | method |%n|---:|---|%n", title);
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .forEach(e -> System.out.printf(java.util.Locale.ROOT, "| %.1f | %s |%n", 100.0 * e.getValue() / samples, e.getKey()));
  }
}
