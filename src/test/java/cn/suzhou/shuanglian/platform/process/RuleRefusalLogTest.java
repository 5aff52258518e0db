package cn.suzhou.shuanglian.platform.process;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.spi.FilterReply;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** A rule refusal is one WARN line; a real fault keeps Camunda's ERROR with its stack trace. */
class RuleRefusalLogTest {

  @Test
  @DisplayName("a rule refusal from a command: Camunda's ERROR dropped, one WARN line naming the rule")
  void refusalIsOneWarnLine() {
    Logger rules = (Logger) LoggerFactory.getLogger("cn.suzhou.shuanglian.rules");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    rules.addAppender(lines);
    Logger engine = (Logger) LoggerFactory.getLogger(RuleRefusalLog.ENGINE_CONTEXT_LOGGER);
    RuleRefusalLog filter = new RuleRefusalLog();

    FilterReply refused = filter.decide(null, engine, Level.ERROR, "ENGINE-16004 …", null,
        new ProcessEngineException(new ProcessRuleViolation("consent", "企业未同意接受专员服务（P-10）")));
    FilterReply fault = filter.decide(null, engine, Level.ERROR, "ENGINE-16004 …", null,
        new ProcessEngineException(new IllegalStateException("database gone")));
    FilterReply other = filter.decide(null, (Logger) LoggerFactory.getLogger("x"), Level.ERROR, "…", null,
        new ProcessRuleViolation("f", "m"));
    // as Camunda logs it: the exception is the last argument of the message, not Logback's throwable
    FilterReply asCamundaLogs = filter.decide(null, engine, Level.ERROR, "ENGINE-16004 Exception while closing command context: {}",
        new Object[] {"…", new ProcessRuleViolation("consent", "企业未同意接受专员服务（P-10）")}, null);

    assertThat(refused).isEqualTo(FilterReply.DENY);
    assertThat(asCamundaLogs).isEqualTo(FilterReply.DENY);
    assertThat(fault).isEqualTo(FilterReply.NEUTRAL);
    assertThat(other).isEqualTo(FilterReply.NEUTRAL);
    assertThat(lines.list).hasSize(2).allSatisfy(line -> {
      assertThat(line.getLevel()).isEqualTo(Level.WARN);
      assertThat(line.getFormattedMessage()).contains("企业未同意接受专员服务（P-10）").contains("user -");
      assertThat(line.getThrowableProxy()).isNull();
    });
    rules.detachAppender(lines);
  }
}
