package cn.suzhou.shuanglian.platform.security;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every REST call is authenticated: the engine API under {@code /engine-rest/*} and the domain API
 * under {@code /api/*} share one user directory (Camunda's), one Basic authentication and the
 * engine's authorizations. The webapps keep their own session login, which {@code /api} also accepts
 * for reading ({@link ApiAuthenticationProvider}: the board officials reach from Tasklist).
 */
@Configuration(proxyBeanMethods = false)
public class RestSecurityConfiguration {

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestAuthentication(
      CachingBasicAuthenticationProvider provider, ProcessEngine engine) {
    return registration("engine-rest-authentication", provider, engine, "/engine-rest/*", null);
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> domainApiAuthentication(
      ApiAuthenticationProvider provider, ProcessEngine engine) {
    return registration("api-authentication", provider, engine, "/api/*", "");
  }

  /**
   * Makes the engine's identity provider keep the credential cache honest and apply the bounded
   * lock-out ({@link LockoutProperties}) in place of Camunda's permanent one.
   */
  @Bean
  ProcessEnginePlugin credentialCacheEvictionPlugin(CredentialCache cache, LoginLockout lockout) {
    return new AbstractProcessEnginePlugin() {
      @Override
      public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new CacheEvictingIdentityProvider.Factory(cache, lockout));
      }

      @Override
      public void postInit(ProcessEngineConfigurationImpl configuration) {
        // Camunda's count for a permanent lock: never reached (the provider locks for a bounded time)
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
      }
    };
  }

  private static FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration(
      String name, AuthenticationProvider provider, ProcessEngine engine, String pattern,
      String servletPathPrefix) {
    ProcessEngineAuthenticationFilter filter = new ProcessEngineAuthenticationFilter() {
      @Override
      public void init(FilterConfig filterConfig) {
        authenticationProvider = provider;  // a Spring bean, not a class name to instantiate
        this.servletPathPrefix = servletPathPrefix;  // null: the servlet's own path (Jersey at /engine-rest)
      }

      /** The application's one engine, not a lookup in Camunda's static registry by name. */
      @Override
      protected ProcessEngine getAddressedEngine(String engineName) {
        return engine.getName().equals(engineName) ? engine : null;
      }
    };
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> registration = new FilterRegistrationBean<>(filter);
    registration.setName(name);
    registration.addUrlPatterns(pattern);
    registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
    return registration;
  }
}
