package cn.suzhou.shuanglian.platform.identity;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a missing administrator into Spring Boot's plain "APPLICATION FAILED TO START" report. */
public class MissingAdministratorFailureAnalyzer extends AbstractFailureAnalyzer<AdminAccount.MissingAdministrator> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdminAccount.MissingAdministrator cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set SHUANGLIAN_ADMIN_ID and SHUANGLIAN_ADMIN_PASSWORD in the environment and start again "
            + "(请在环境变量中设置 SHUANGLIAN_ADMIN_ID 和 SHUANGLIAN_ADMIN_PASSWORD 后重新启动).", cause);
  }
}
