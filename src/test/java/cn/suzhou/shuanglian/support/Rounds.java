package cn.suzhou.shuanglian.support;

import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.time.LocalDate;
import java.time.ZoneId;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/** Round years and deadlines for tests sharing one database (the MariaDB one keeps earlier runs' rounds). */
public final class Rounds {

  private Rounds() {}

  /** A round year of the policy (2023 + 2k) that no round in the database has used. */
  public static synchronized int freshYear(SelectionRoundRepository rounds) {
    int max = rounds.findAll().stream().mapToInt(SelectionRound::getRoundYear).max().orElse(2023);
    return Math.max(max + 2, 2025);
  }

  /** A collection deadline this many days after today, as the start form submits it. */
  public static String deadlineInDays(int days) {
    return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(days).toString();
  }

  /** Runs the round's waiting continuations (after each district's collection ends) as the job executor would. */
  public static void executeJobs(ManagementService management, String processInstanceId) {
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
      management.executeJob(job.getId());
    }
  }
}
