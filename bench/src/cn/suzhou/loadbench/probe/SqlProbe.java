package cn.suzhou.loadbench.probe;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Load benchmark only (docs/performance.md): wraps every DataSource of the JVM it is added to in a
 * datasource-proxy that counts SQL statements and commits made by request threads ({@code http-nio-*})
 * and job threads ({@code camundaTaskExecutor-*}) — not the job acquisition's or the session cleanup's
 * polling — and answers the two counters, as {@code "statements commits\n"}, to anyone connecting to
 * 127.0.0.1 on the port given by {@code loadbench.probe.port}. Added as a primary source by
 * {@link ProjectLauncher} and by the bare engine; never part of the application.
 */
@Configuration(proxyBeanMethods = false)
public class SqlProbe {

  static final AtomicLong STATEMENTS = new AtomicLong();
  static final AtomicLong COMMITS = new AtomicLong();

  /** {@code -Dloadbench.probe.sql-log=true}: every counted statement to standard output, with its thread. */
  static final boolean LOG = Boolean.getBoolean("loadbench.probe.sql-log");

  static boolean counted() {
    String name = Thread.currentThread().getName();
    return name.startsWith("http-nio") || name.startsWith("camundaTaskExecutor");
  }

  @Bean
  static BeanPostProcessor loadBenchCountingDataSource() {
    startServer();
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !(bean instanceof ProxyDataSource)) {
          return ProxyDataSourceBuilder.create(dataSource).name("loadbench")
              .afterQuery((execution, queries) -> {
                if (counted()) {
                  STATEMENTS.addAndGet(execution.isBatch() ? Math.max(1, execution.getBatchSize()) : queries.size());
                  if (LOG) {
                    queries.forEach(q -> System.out.println("SQL [" + Thread.currentThread().getName() + "] " + q.getQuery()));
                  }
                }
              })
              .afterMethod(execution -> {
                if ("commit".equals(execution.getMethod().getName()) && counted()) {
                  COMMITS.incrementAndGet();
                  if (LOG) {
                    System.out.println("SQL [" + Thread.currentThread().getName() + "] COMMIT");
                  }
                }
              }).build();
        }
        return bean;
      }
    };
  }

  private static synchronized void startServer() {
    String port = System.getProperty("loadbench.probe.port");
    if (port == null || SERVER[0] != null) {
      return;
    }
    try {
      ServerSocket server = new ServerSocket(Integer.parseInt(port), 50, InetAddress.getLoopbackAddress());
      SERVER[0] = server;
      Thread thread = new Thread(() -> {
        while (true) {
          try (Socket socket = server.accept(); OutputStream out = socket.getOutputStream()) {
            out.write((STATEMENTS.get() + " " + COMMITS.get() + "\n").getBytes(StandardCharsets.US_ASCII));
          } catch (IOException e) {
            return;
          }
        }
      }, "loadbench-probe");
      thread.setDaemon(true);
      thread.start();
    } catch (IOException e) {
      throw new IllegalStateException("load benchmark probe port " + port, e);
    }
  }

  private static final ServerSocket[] SERVER = new ServerSocket[1];
}
