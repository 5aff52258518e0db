package cn.suzhou.shuanglian.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of what the APIs accept ({@code shuanglian.web.*}).
 *
 * @param maxRequestBody the largest request body {@code /api} and {@code /engine-rest} read; larger is 413
 */
@ConfigurationProperties("shuanglian.web")
public record WebProperties(DataSize maxRequestBody) {

  public WebProperties {
    maxRequestBody = maxRequestBody == null ? DataSize.ofMegabytes(2) : maxRequestBody;
  }
}
