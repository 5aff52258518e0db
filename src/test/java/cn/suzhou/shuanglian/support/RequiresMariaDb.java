package cn.suzhou.shuanglian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the test against MariaDB/MySQL when TEST_MYSQL_URL is set. Outside CI, without it, the test
 * is skipped with a message; under CI=true a missing URL fails the run (nothing may skip in CI).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresMariaDb.Condition.class)
public @interface RequiresMariaDb {

  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      String url = System.getenv("TEST_MYSQL_URL");
      if (url != null && !url.isBlank()) {
        return ConditionEvaluationResult.enabled("MariaDB/MySQL at " + url.replaceAll("password=[^&]*", "password=***"));
      }
      if (CiEnvironment.isCi()) {
        throw new IllegalStateException("CI=true but TEST_MYSQL_URL is not set: the MariaDB tests must run in CI");
      }
      return ConditionEvaluationResult.disabled(
          "skipped: set TEST_MYSQL_URL (and TEST_MYSQL_USER, TEST_MYSQL_PASSWORD) to run against MariaDB/MySQL");
    }
  }
}
