package cn.suzhou.shuanglian.platform.web;

import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** One structured log line at start-up with the URLs people need. */
@Component
public class StartupReport {

  private static final Logger LOG = LoggerFactory.getLogger(StartupReport.class);

  @EventListener
  public void onReady(ApplicationReadyEvent event) {
    if (!(event.getApplicationContext() instanceof WebServerApplicationContext context)) {
      return;
    }
    Environment env = context.getEnvironment();
    String base = "http://localhost:" + context.getWebServer().getPort();
    LOG.info("shuanglian started: profiles={} tasklist={}/camunda/app/tasklist/ cockpit={}/camunda/app/cockpit/ "
            + "admin={}/camunda/app/admin/ engineRest={}/engine-rest api={}/api swaggerUi={}/swagger-ui.html "
            + "health={}/actuator/health database={}",
        Arrays.toString(env.getActiveProfiles().length > 0 ? env.getActiveProfiles() : env.getDefaultProfiles()), base, base, base, base, base, base, base,
        env.getProperty("spring.datasource.url", "").replaceAll("password=[^&;]*", "password=***"));
  }
}
