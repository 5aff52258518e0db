package cn.suzhou.shuanglian.platform.process.boundary;

import cn.suzhou.shuanglian.platform.process.boundary.PersonalDataInHistory.PersonalFields;
import cn.suzhou.shuanglian.platform.process.contract.ProcessContracts;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.platform.web.Problems;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Puts the {@link TrustBoundary} and {@link PersonalDataInHistory} into the engine, and marks engine API requests. */
@Configuration(proxyBeanMethods = false)
public class TrustBoundaryConfiguration {

  @Bean
  PersonalFields personalFields(ObjectProvider<ProcessContracts> contracts) {
    return new PersonalFields(contracts::getObject);
  }

  @Bean
  ProcessEnginePlugin trustBoundaryPlugin(ObjectProvider<ProcessContracts> contracts, Messages messages,
      PersonalFields personalFields) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
          interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new TrustBoundary(configuration, contracts::getObject, messages));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(
            new PersonalDataInHistory(configuration.getHistoryEventHandler(), personalFields));
      }
    };
  }

  @Bean
  FilterRegistrationBean<EngineApiBoundaryFilter> engineApiBoundaryFilter(Problems problems) {
    FilterRegistrationBean<EngineApiBoundaryFilter> registration =
        new FilterRegistrationBean<>(new EngineApiBoundaryFilter(problems));
    registration.setName("engineApiBoundary");
    registration.setUrlPatterns(EngineApiBoundaryFilter.PATTERNS);
    // after Spring Session's filter (shared sessions, README "Two nodes"): the Cockpit check reads the
    // webapp login from the session, which before that filter would be Tomcat's (empty) one
    registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
    return registration;
  }
}
