package cn.suzhou.shuanglian.platform.identity;

import org.camunda.bpm.engine.IdentityService;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Makes sure the administrator from the environment exists and belongs to {@code camunda-admin}.
 * Where an administrator is required (profile mysql) and none is given, start-up stops at once
 * with a message naming the two environment variables. The password is set only when the account
 * is created: later changes belong to Camunda Admin, not to a restart.
 */
@Component
@Order(20)
public class AdminAccount implements ApplicationRunner, InitializingBean {

  private static final Logger LOG = LoggerFactory.getLogger(AdminAccount.class);

  static final String MISSING = "No administrator: set the environment variables SHUANGLIAN_ADMIN_ID and "
      + "SHUANGLIAN_ADMIN_PASSWORD (the password must satisfy the password policy: at least 10 characters "
      + "with upper and lower case letters, a digit and a special character). 未配置系统管理员账号。";

  private final AdminProperties properties;
  private final IdentityService identityService;

  public AdminAccount(AdminProperties properties, IdentityService identityService) {
    this.properties = properties;
    this.identityService = identityService;
  }

  @Override
  public void afterPropertiesSet() {
    if (properties.required() && !properties.given()) {
      throw new MissingAdministrator(MISSING);
    }
  }

  /** No usable administrator where one is required; see {@link MissingAdministratorFailureAnalyzer}. */
  public static class MissingAdministrator extends IllegalStateException {
    MissingAdministrator(String message) {
      super(message);
    }
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!properties.given()) {
      LOG.warn("no administrator configured (SHUANGLIAN_ADMIN_ID / SHUANGLIAN_ADMIN_PASSWORD)");
      return;
    }
    String id = properties.id();
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setFirstName("系统");
      user.setLastName("管理员");
      user.setPassword(properties.password());
      PasswordPolicyResult policy = identityService.checkPasswordAgainstPolicy(properties.password(), user);
      if (!policy.isValid()) {
        throw new MissingAdministrator("SHUANGLIAN_ADMIN_PASSWORD does not satisfy the password policy: "
            + policy.getViolatedRules().stream().map(rule -> rule.getPlaceholder() + (rule.getParameters() == null ? "" : rule.getParameters()))
                .collect(Collectors.joining(", "))
            + " (at least 10 characters with upper and lower case letters, a digit and a special character, "
            + "not containing the user id or name). 管理员密码不符合密码策略。");
      }
      identityService.saveUser(user);
      LOG.info("administrator {} created", id);
    }
    if (identityService.createUserQuery().userId(id).memberOfGroup(Groups.ADMIN).count() == 0) {
      identityService.createMembership(id, Groups.ADMIN);
    }
  }
}
