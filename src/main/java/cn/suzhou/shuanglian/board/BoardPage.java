package cn.suzhou.shuanglian.board;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The board's page (工作台, issue 16) at {@code /board/}: a static page (META-INF/resources/board) that
 * officials open from Tasklist's header and that reads {@code /api/board/…} with their Tasklist login.
 */
@Configuration(proxyBeanMethods = false)
class BoardPage implements WebMvcConfigurer {

  static final String PATH = "/board/";

  @Override
  public void addViewControllers(ViewControllerRegistry registry) {
    registry.addRedirectViewController("/board", PATH);
    registry.addViewController(PATH).setViewName("forward:" + PATH + "index.html");
  }
}
