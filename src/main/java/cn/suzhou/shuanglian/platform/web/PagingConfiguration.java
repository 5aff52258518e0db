package cn.suzhou.shuanglian.platform.web;

import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers {@link PageParameters} for the {@link org.springframework.data.domain.Pageable} of the
 * paged {@code /api} lists, ahead of Spring Data's lenient resolver (this configurer comes first).
 */
@Configuration(proxyBeanMethods = false)
public class PagingConfiguration implements WebMvcConfigurer, Ordered {

  private final PagingProperties properties;
  private final Messages messages;

  public PagingConfiguration(PagingProperties properties, Messages messages) {
    this.properties = properties;
    this.messages = messages;
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new PageParameters(properties, messages));
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }
}
