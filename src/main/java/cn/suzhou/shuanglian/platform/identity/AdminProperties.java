package cn.suzhou.shuanglian.platform.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The administrator account ({@code shuanglian.admin.*}, from SHUANGLIAN_ADMIN_ID and
 * SHUANGLIAN_ADMIN_PASSWORD). Required in production (profile mysql); never defaulted there.
 */
@ConfigurationProperties("shuanglian.admin")
public record AdminProperties(String id, String password, boolean required) {

  public boolean given() {
    return id != null && !id.isBlank() && password != null && !password.isBlank();
  }
}
