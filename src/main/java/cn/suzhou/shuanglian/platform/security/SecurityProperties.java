package cn.suzhou.shuanglian.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * REST authentication settings ({@code shuanglian.security.*}).
 *
 * @param credentialCacheTtl how long a verified identity is kept for repeated Basic credentials
 * @param credentialCacheSize the most identities kept at once
 */
@ConfigurationProperties("shuanglian.security")
public record SecurityProperties(Duration credentialCacheTtl, long credentialCacheSize) {

  public SecurityProperties {
    if (credentialCacheTtl == null) {
      credentialCacheTtl = Duration.ofSeconds(5);
    }
    if (credentialCacheSize <= 0) {
      credentialCacheSize = 10_000;
    }
  }
}
