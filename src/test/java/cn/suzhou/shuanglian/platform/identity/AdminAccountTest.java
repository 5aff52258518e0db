package cn.suzhou.shuanglian.platform.identity;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Start-up without an administrator stops with a message naming the environment variables")
class AdminAccountTest {

  @Test
  void missingAdministratorStopsStartUp() {
    assertThatThrownBy(() -> new AdminAccount(new AdminProperties(null, null, true), null).afterPropertiesSet())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("SHUANGLIAN_ADMIN_ID").hasMessageContaining("SHUANGLIAN_ADMIN_PASSWORD");
    assertThatThrownBy(() -> new AdminAccount(new AdminProperties("admin", " ", true), null).afterPropertiesSet())
        .hasMessageContaining("SHUANGLIAN_ADMIN_PASSWORD");
  }

  @Test
  void givenAdministratorStarts() {
    assertThatCode(() -> new AdminAccount(new AdminProperties("admin", "Admin#Pass2025", true), null).afterPropertiesSet())
        .doesNotThrowAnyException();
  }
}
