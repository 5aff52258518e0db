package cn.suzhou.shuanglian.platform.rules;

import static org.assertj.core.api.Assertions.assertThat;

import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransactionRollbackException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** What a request that lost a race inside the engine is answered with. */
class LostRacesTest {

  final LostRaces lostRaces = new LostRaces(new Messages(messages()), null);

  static StaticMessageSource messages() {
    StaticMessageSource source = new StaticMessageSource();
    source.addMessage("rule.constraint.uk_agreement_no", Messages.DEFAULT_LOCALE, "协议编号不得重复");
    source.addMessage("error.conflict", Messages.DEFAULT_LOCALE, "已被他人同时修改");
    return source;
  }

  static DataIntegrityViolationException duplicate(String key) {
    return new DataIntegrityViolationException("could not execute statement",
        new SQLIntegrityConstraintViolationException("Duplicate entry 'SZ-1' for key '" + key + "'", "23000", 1062));
  }

  @Test
  @DisplayName("a rule's unique key: ProcessRuleConflict with the rule's message and no field")
  void ruleKey() {
    assertThat(lostRaces.translated(duplicate("uk_agreement_no"))).get()
        .isInstanceOfSatisfying(ProcessRuleConflict.class, c -> {
          assertThat(c.getMessage()).isEqualTo("协议编号不得重复");
          assertThat(c.problems()).isEmpty();
        });
  }

  @Test
  @DisplayName("a row written twice for one case, a stale version, a lock lost, a case ended meanwhile: OptimisticLockingException")
  void concurrentChanges() {
    assertThat(lostRaces.translated(duplicate("uk_service_record_case"))).get()
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(lostRaces.translated(new ObjectOptimisticLockingFailureException("ExpertApplication", 1L))).get()
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(lostRaces.translated(new CannotAcquireLockException("lock wait timeout"))).get()
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(lostRaces.translated(new ProcessEngineException("ENGINE-03004 flush failed",
        new SQLTransactionRollbackException("Deadlock found when trying to get lock", "40001", 1213)))).get()
        .isInstanceOf(OptimisticLockingException.class)
        .satisfies(e -> assertThat(e.getMessage()).isEqualTo("已被他人同时修改"));
    assertThat(lostRaces.translated(new ProcessEngineException(
        "Cannot restore state of process instance 42: list of executions is empty"))).get()
        .isInstanceOf(OptimisticLockingException.class);
    assertThat(lostRaces.translated(new ProcessEngineException("command failed", executionGone()))).get()
        .isInstanceOf(OptimisticLockingException.class);
  }

  /** What Camunda's TaskEntity.complete throws when another node ended the task's case a moment before. */
  static NullPointerException executionGone() {
    NullPointerException npe = new NullPointerException("Cannot invoke \"org.camunda.bpm.engine.impl.persistence.entity"
        + ".ExecutionEntity.removeTask(org.camunda.bpm.engine.impl.persistence.entity.TaskEntity)\" because \"execution\" is null");
    npe.setStackTrace(new StackTraceElement[] {
        new StackTraceElement(TaskEntity.class.getName(), "complete", "TaskEntity.java", 347)});
    return npe;
  }

  @Test
  @DisplayName("a lost race logged by the engine is one INFO line, not an ERROR with a stack trace; a fault stays an ERROR")
  void lostRaceIsOneInfoLine() {
    ch.qos.logback.classic.Logger requests =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("cn.suzhou.shuanglian.requests");
    ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> lines =
        new ch.qos.logback.core.read.ListAppender<>();
    lines.start();
    requests.addAppender(lines);
    ch.qos.logback.classic.Logger engine =
        (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(LostRaceLog.ENGINE_CONTEXT_LOGGER);
    LostRaceLog filter = new LostRaceLog();
    String format = "ENGINE-16004 Exception while closing command context: {}";
    try {
      assertThat(filter.decide(null, engine, ch.qos.logback.classic.Level.ERROR, format,
          new Object[] {"…", duplicate("uk_expert_application_pending")}, null))
          .isEqualTo(ch.qos.logback.core.spi.FilterReply.DENY);
      assertThat(filter.decide(null, engine, ch.qos.logback.classic.Level.ERROR, format,
          new Object[] {"…", new IllegalStateException("database gone")}, null))
          .isEqualTo(ch.qos.logback.core.spi.FilterReply.NEUTRAL);
      assertThat(lines.list).singleElement().satisfies(line -> {
        assertThat(line.getLevel()).isEqualTo(ch.qos.logback.classic.Level.INFO);
        assertThat(line.getFormattedMessage()).contains("uk_expert_application_pending");
        assertThat(line.getThrowableProxy()).isNull();
      });
    } finally {
      requests.detachAppender(lines);
    }
  }

  @Test
  @DisplayName("anything else is left as it is: a check constraint or an unknown key is a fault")
  void faultsStayFaults() {
    assertThat(lostRaces.translated(duplicate("PRIMARY"))).isEmpty();
    assertThat(lostRaces.translated(new DataIntegrityViolationException("check constraint",
        new SQLIntegrityConstraintViolationException("CONSTRAINT `ck_project_budget` failed", "23000", 4025))))
        .isEmpty();
    assertThat(lostRaces.translated(new IllegalStateException("bug"))).isEmpty();
    assertThat(lostRaces.translated(new NullPointerException("Cannot invoke \"String.length()\" because \"execution\" is null")))
        .as("a null pointer elsewhere is a bug").isEmpty();
  }
}
