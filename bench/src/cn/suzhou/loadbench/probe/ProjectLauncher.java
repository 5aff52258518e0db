package cn.suzhou.loadbench.probe;

import cn.suzhou.shuanglian.ShuanglianApplication;
import org.springframework.boot.SpringApplication;

/**
 * Load benchmark only: starts the project application exactly as {@link ShuanglianApplication#main}
 * does, with the benchmark's {@link SqlProbe} and {@link DispatchSeed} as further sources. Lives
 * outside {@code cn.suzhou.shuanglian} so that the application's component scan never finds it.
 */
public final class ProjectLauncher {

  private ProjectLauncher() {}

  public static void main(String[] args) {
    SpringApplication.run(new Class<?>[] {ShuanglianApplication.class, SqlProbe.class, DispatchSeed.class}, args);
  }
}
