package cn.suzhou.shuanglian.platform.config;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Graceful shutdown of the job executor (README "Shutdown"). When the application is asked to stop,
 * the first thing it does is stop acquiring jobs — before the job threads refuse new work, so no
 * job is locked and then left waiting out its lock (5 minutes) for the next start. Jobs already
 * running finish while the web server lets in-flight requests finish, within the same bound
 * ({@code spring.lifecycle.timeout-per-shutdown-phase}).
 */
@Component
public class JobExecutorShutdown implements ApplicationListener<ContextClosedEvent>, SmartLifecycle, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);

  private final ApplicationContext context;
  private final ObjectProvider<JobExecutor> jobExecutor;
  private final ObjectProvider<TaskExecutor> jobThreads;
  private final Duration grace;
  private volatile boolean running;

  public JobExecutorShutdown(ApplicationContext context, ObjectProvider<JobExecutor> jobExecutor,
      @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> jobThreads,
      @Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration grace) {
    this.context = context;
    this.jobExecutor = jobExecutor;
    this.jobThreads = jobThreads;
    this.grace = grace;
  }

  /** Closing starts: no more job acquisition (runs before the job threads' own close handling). */
  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    if (event.getApplicationContext() != context) {
      return;
    }
    JobExecutor executor = jobExecutor.getIfAvailable();
    if (executor != null && executor.isActive()) {
      LOG.info("shutting down: the job executor takes no more jobs; running jobs have up to {} to finish", grace);
      executor.shutdown();
    }
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void start() {
    running = true;
  }

  @Override
  public void stop() {
    running = false;
  }

  /** Waits for running jobs beside the web server's wait for in-flight requests (the same phase). */
  @Override
  public void stop(Runnable callback) {
    running = false;
    if (!(jobThreads.getIfAvailable() instanceof ThreadPoolTaskExecutor pool) || pool.getActiveCount() == 0) {
      callback.run();
      return;
    }
    Thread waiter = new Thread(() -> {
      try {
        ThreadPoolExecutor threads = pool.getThreadPoolExecutor();
        if (!threads.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
          LOG.warn("{} job(s) still running after {}: their locks expire and another start runs them again",
              threads.getActiveCount(), grace);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } finally {
        callback.run();
      }
    }, "job-executor-shutdown");
    waiter.setDaemon(true);
    waiter.start();
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE;
  }
}
