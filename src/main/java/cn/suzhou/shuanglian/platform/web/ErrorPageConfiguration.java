package cn.suzhou.shuanglian.platform.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Puts {@link ProblemErrorReportValve} in place of Tomcat's HTML error report (and of the one Spring
 * Boot adds): runs last among the factory's customizers, so its context customizer runs after
 * Spring Boot's and finds its valve to replace.
 */
@Configuration(proxyBeanMethods = false)
public class ErrorPageConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  private final MessageSource texts;

  public ErrorPageConfiguration(MessageSource texts) {
    this.texts = texts;
  }

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(context -> {
      if (context.getParent() instanceof StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
          if (valve instanceof ErrorReportValve && !(valve instanceof ProblemErrorReportValve)) {
            host.getPipeline().removeValve(valve);
          }
        }
        host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        host.getPipeline().addValve(new ProblemErrorReportValve(texts));
      }
    });
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
