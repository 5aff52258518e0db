package cn.suzhou.shuanglian.platform.rules;

import cn.suzhou.shuanglian.platform.web.Messages;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts {@link LostRaces} in front of the engine's transaction, for every command that needs one. */
@Configuration(proxyBeanMethods = false)
public class RuleEnforcementConfiguration {

  @Bean
  ProcessEnginePlugin lostRacesPlugin(Messages messages) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (configuration.getCustomPreCommandInterceptorsTxRequired() != null) {
          interceptors.addAll(configuration.getCustomPreCommandInterceptorsTxRequired());
        }
        interceptors.add(new LostRaces(messages, configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
      }
    };
  }
}
