package cn.suzhou.shuanglian.project;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Joint project settings ({@code shuanglian.project.*}). The one-a-year limits of P-19 are not
 * settings: they are unique keys of the schema (V6), so that no configuration can loosen what the
 * database guarantees.
 *
 * @param reviewersPerProject experts of the pool drawn to review each project (P-20)
 * @param reviewPriority task priority of the project's review tasks; joint projects are reviewed
 *     first (P-19) — Camunda's default task priority is 50
 * @param taskPeriod due time of the enterprise's confirmation, the condition check and the reviews
 */
@ConfigurationProperties("shuanglian.project")
public record ProjectProperties(Integer reviewersPerProject, Integer reviewPriority, Period taskPeriod) {

  public ProjectProperties {
    reviewersPerProject = reviewersPerProject == null ? 3 : reviewersPerProject;
    reviewPriority = reviewPriority == null ? 90 : reviewPriority;
    taskPeriod = taskPeriod == null ? Period.ofDays(10) : taskPeriod;
    if (reviewersPerProject < 1) {
      throw new IllegalArgumentException("shuanglian.project.reviewers-per-project must be at least 1");
    }
  }
}
