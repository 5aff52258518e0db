package cn.suzhou.shuanglian.platform.web;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Paging of the growing lists of {@code /api} ({@code shuanglian.api.paging.*}): the page size when
 * the caller names none, and the largest size a caller may ask for.
 *
 * @param defaultSize rows a page when {@code size} is absent (50)
 * @param maxSize the largest {@code size} accepted (200); a larger one is a 400 naming {@code size}
 */
@ConfigurationProperties("shuanglian.api.paging")
public record PagingProperties(Integer defaultSize, Integer maxSize) {

  public PagingProperties {
    defaultSize = defaultSize == null ? 50 : defaultSize;
    maxSize = maxSize == null ? 200 : maxSize;
    if (maxSize < 1 || defaultSize < 1 || defaultSize > maxSize) {
      throw new IllegalArgumentException("shuanglian.api.paging: default-size (" + defaultSize
          + ") must be from 1 to max-size (" + maxSize + ")");
    }
  }
}
