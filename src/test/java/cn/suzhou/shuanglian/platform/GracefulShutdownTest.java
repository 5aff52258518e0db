package cn.suzhou.shuanglian.platform;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.ShuanglianApplication;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Graceful shutdown (README "Shutdown"): when the application is asked to stop (SIGTERM closes the
 * context the same way), the job executor takes no more jobs first, the server refuses new
 * connections, and a request already in flight still finishes with 200. The test starts and stops
 * its own application (a test's shared Spring context must not be closed under it), on H2 in memory
 * with an engine name of its own: stopping does not depend on the database.
 */
@DisplayName("Graceful shutdown: the job executor stops, new connections are refused, a request in flight finishes")
class GracefulShutdownTest {

  static final CountDownLatch ENTERED = new CountDownLatch(1);
  static final CountDownLatch RELEASE = new CountDownLatch(1);

  /** A request that stays in flight until the test lets it finish. */
  @RestController
  static class SlowEndpoint {
    private final JobExecutor jobExecutor;

    SlowEndpoint(JobExecutor jobExecutor) {
      this.jobExecutor = jobExecutor;
    }

    @GetMapping("/test/slow")
    String slow() throws InterruptedException {
      ENTERED.countDown();
      RELEASE.await(30, TimeUnit.SECONDS);
      return "finished; job executor active: " + jobExecutor.isActive();
    }
  }

  @Test
  @DisplayName("closing the application: the job executor stops, a new connection is refused, the request in flight answers 200")
  void inFlightRequestFinishes() throws Exception {
    ConfigurableApplicationContext context = new SpringApplicationBuilder(ShuanglianApplication.class)
        .profiles("test")
        .properties("server.port=0", "spring.datasource.url=jdbc:h2:mem:shutdown-test;DB_CLOSE_DELAY=-1",
            "camunda.bpm.process-engine-name=shutdowntest")
        .initializers(app -> {
          // the application's own beans only (no test configuration from the classpath), plus the slow endpoint
          app.getBeanFactory().registerSingleton("onlyMainClasses", new TypeExcludeFilter() {
            @Override
            public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
              return reader.getResource().getDescription().contains("test-classes");
            }
          });
          ((GenericApplicationContext) app).registerBean(SlowEndpoint.class);
        })
        .run();
    int port = ((WebServerApplicationContext) context).getWebServer().getPort();
    JobExecutor jobExecutor = context.getBean(JobExecutor.class);
    assertThat(jobExecutor.isActive()).isTrue();
    CompletableFuture<HttpResponse<String>> inFlight = HttpClient.newHttpClient().sendAsync(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/test/slow")).timeout(Duration.ofSeconds(60)).build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(ENTERED.await(20, TimeUnit.SECONDS)).as("the slow request arrived").isTrue();

    long closing = System.nanoTime();
    Thread closer = new Thread(context::close, "test-shutdown");
    closer.start();

    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    boolean refused = false;
    while (!refused) {
      assertThat(System.nanoTime()).as("a new connection is refused while the request is in flight").isLessThan(deadline);
      refused = newConnectionRefused(port);
      Thread.sleep(50);
    }
    long refusedAfter = (System.nanoTime() - closing) / 1_000_000;
    assertThat(jobExecutor.isActive()).as("the job executor stopped before the web server").isFalse();
    assertThat(closer.isAlive()).as("the shutdown waits for the request in flight").isTrue();

    RELEASE.countDown();
    HttpResponse<String> answer = inFlight.get(30, TimeUnit.SECONDS);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.body()).isEqualTo("finished; job executor active: false");
    closer.join(Duration.ofSeconds(30).toMillis());
    assertThat(closer.isAlive()).isFalse();
    System.out.printf("[shutdown] new connections refused %d ms after the close began; the request in flight answered 200;"
        + " the close took %d ms in all (grace %s)%n", refusedAfter, (System.nanoTime() - closing) / 1_000_000,
        context.getEnvironment().getProperty("spring.lifecycle.timeout-per-shutdown-phase"));
  }

  private static boolean newConnectionRefused(int port) throws InterruptedException {
    try {
      HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
          .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
      return false;
    } catch (ConnectException e) {
      return true;
    } catch (IOException e) {
      return e.getCause() instanceof ConnectException;
    }
  }
}
