package cn.suzhou.shuanglian.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the browser test when Debian's chromium and chromium-driver are installed. Outside CI,
 * without them, the test is skipped with a message; under CI=true their absence fails the run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RequiresChromium.Condition.class)
public @interface RequiresChromium {

  Path CHROMIUM = Path.of("/usr/bin/chromium");
  Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER)) {
        return ConditionEvaluationResult.enabled("chromium and chromedriver found");
      }
      if (CiEnvironment.isCi()) {
        throw new IllegalStateException("CI=true but /usr/bin/chromium or /usr/bin/chromedriver is missing: "
            + "the browser test must run in CI (apt-get install chromium chromium-driver)");
      }
      return ConditionEvaluationResult.disabled(
          "skipped: install Debian's chromium and chromium-driver to run the browser test");
    }
  }
}
