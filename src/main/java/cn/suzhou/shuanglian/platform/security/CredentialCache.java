package cn.suzhou.shuanglian.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Keeps identities verified from HTTP Basic credentials for a short time, so that a REST call does
 * not pay Camunda's password check, group and tenant queries each time (PLATFORM-NOTES: five
 * transactions per call).
 *
 * <p>Safety: the key is an HMAC-SHA256 of user id and password under a random secret made at
 * start-up, so the cache never holds a password or a reusable hash; entries expire after
 * {@code shuanglian.security.credential-cache-ttl}; {@link CacheEvictingIdentityProvider} drops a
 * user's entries as soon as their password, lock state or memberships change on this node, and the
 * TTL bounds how long another cluster node may keep an old entry.
 */
@Component
public class CredentialCache {

  private final Cache<String, VerifiedIdentity> cache;
  private final SecretKeySpec secret;

  public CredentialCache(SecurityProperties properties) {
    this.cache = Caffeine.newBuilder()
        .expireAfterWrite(properties.credentialCacheTtl())
        .maximumSize(properties.credentialCacheSize())
        .build();
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    this.secret = new SecretKeySpec(key, "HmacSHA256");
  }

  public VerifiedIdentity get(String userId, String password) {
    return cache.getIfPresent(fingerprint(userId, password));
  }

  public void put(String password, VerifiedIdentity identity) {
    cache.put(fingerprint(identity.userId(), password), identity);
  }

  public void evictUser(String userId) {
    cache.asMap().values().removeIf(identity -> identity.userId().equals(userId));
  }

  public void evictAll() {
    cache.invalidateAll();
  }

  private String fingerprint(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(secret);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }
}
