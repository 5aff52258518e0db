package cn.suzhou.shuanglian.platform.rules;

import cn.suzhou.shuanglian.platform.process.ProcessRuleConflict;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.web.Messages;
import java.lang.reflect.Field;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.dao.ConcurrencyFailureException;

/**
 * An engine command interceptor, outside the command's transaction (so it also sees what fails at
 * commit), that turns a request's lost race into the answer its caller can act on, on every path into
 * the engine — {@code /api}, {@code /engine-rest}, the webapps, the job executor:
 * <ul>
 *   <li>a unique key of a domain rule ({@link RuleConstraints}, kind RULE) refused the write: a
 *       {@link ProcessRuleConflict} with that rule's message, in the caller's language (409);</li>
 *   <li>a row written twice for one case or task (kind TWICE), a stale version, a lock wait that
 *       timed out, a deadlock the database broke, a task whose case another request (on any node) has
 *       just ended:
 *       Camunda's {@link OptimisticLockingException}
 *       ("changed at the same time, try again", 409; the job executor retries it without an
 *       incident).</li>
 * </ul>
 * A task command refused as unauthorized because another request completed the task a moment before
 * (the grants of its candidates went with it) is "not found" (404), not "forbidden". Anything else
 * passes unchanged: a check constraint or foreign key refusing a write is a fault.
 */
public class LostRaces extends CommandInterceptor {

  /**
   * SQL states and vendor codes of "lost a lock": a deadlock (40001; MySQL 1213), a lock wait timeout
   * (MySQL 1205; H2 50200, HYT00), H2's "another transaction has updated the same row" (90131).
   */
  private static final Set<String> LOCK_STATES = Set.of("40001", "HYT00");
  private static final Set<Integer> LOCK_CODES = Set.of(1213, 1205, 50200, 40001, 90131);

  private final Messages messages;
  private final ProcessEngineConfigurationImpl engine;

  public LostRaces(Messages messages, ProcessEngineConfigurationImpl engine) {
    this.messages = messages;
    this.engine = engine;
  }

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessRuleViolation | OptimisticLockingException expected) {
      throw expected;
    } catch (AuthorizationException refused) {
      throw finishedMeanwhile(command).<RuntimeException>map(taskId -> new NotFoundException(
          "Cannot find task with id " + taskId + ": task is null (completed by another request)")).orElse(refused);
    } catch (RuntimeException thrown) {
      throw translated(thrown).orElse(thrown);
    }
  }

  /**
   * A task command refused for want of authorization because the task was completed by another
   * request between this one's read of the task and its authorization check (completing a task drops
   * the grants its candidates had): the task's id when it no longer exists, so the caller hears
   * "finished" (404) rather than "forbidden" (403). Runs after the failed command, in a command of its
   * own — one transaction after the other, never two at once.
   */
  public Optional<String> finishedMeanwhile(Command<?> command) {
    if (Context.getCommandContext() != null || engine == null) {
      return Optional.empty();
    }
    String taskId = taskIdOf(command);
    if (taskId == null) {
      return Optional.empty();
    }
    boolean exists = engine.getCommandExecutorTxRequired().execute(context -> {
      context.disableAuthorizationCheck();
      try {
        return context.getTaskManager().findTaskById(taskId) != null;
      } finally {
        context.enableAuthorizationCheck();
      }
    });
    return exists ? Optional.empty() : Optional.of(taskId);
  }

  private static String taskIdOf(Command<?> command) {
    for (Class<?> type = command.getClass(); type != null; type = type.getSuperclass()) {
      try {
        Field field = type.getDeclaredField("taskId");
        field.setAccessible(true);
        return field.get(command) instanceof String id ? id : null;
      } catch (NoSuchFieldException e) {
        // declared higher up, or not a task command
      } catch (IllegalAccessException e) {
        return null;
      }
    }
    return null;
  }

  /** The answer for a lost race, or empty when the exception is something else. */
  Optional<RuntimeException> translated(RuntimeException thrown) {
    Optional<RuleConstraints.Constraint> constraint = RuleConstraints.violatedBy(thrown);
    if (constraint.isPresent()) {
      return Optional.of(constraint.get().kind() == RuleConstraints.Kind.RULE
          ? ProcessRuleConflict.heldByDatabase(messages.get(constraint.get().messageKey()))
          : concurrentChange());
    }
    return isConcurrentChange(thrown) ? Optional.of(concurrentChange()) : Optional.empty();
  }

  /** Whether the exception is a lost race of any kind: a unique key of the schema, a stale version, a lost lock. */
  public static boolean isLostRace(Throwable thrown) {
    return RuleConstraints.violatedBy(thrown).isPresent() || isConcurrentChange(thrown);
  }

  private static boolean isConcurrentChange(Throwable thrown) {
    for (Throwable cause = thrown; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
      if (cause instanceof ConcurrencyFailureException || cause instanceof OptimisticLockingException
          || isLostLock(cause) || isGoneMeanwhile(cause)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isLostLock(Throwable cause) {
    return cause instanceof SQLException sql
        && (LOCK_STATES.contains(sql.getSQLState()) || LOCK_CODES.contains(sql.getErrorCode()));
  }

  /**
   * The engine read a task whose process instance another request ended and committed a moment later
   * (READ COMMITTED: the task query saw it, the executions query did not) — also on another node: the
   * case's executions are gone when restored ("Cannot restore state…"), or the task's own execution is
   * gone when the completion fetches it (Camunda's {@code TaskEntity} meets a null execution; seen
   * when two nodes complete one task at once, {@code TwoNodesOnMariaDbTest}).
   */
  private static boolean isGoneMeanwhile(Throwable cause) {
    if (cause instanceof ProcessEngineException && cause.getMessage() != null
        && cause.getMessage().startsWith("Cannot restore state of process instance")) {
      return true;
    }
    return cause instanceof NullPointerException npe && npe.getStackTrace().length > 0
        && TaskEntity.class.getName().equals(npe.getStackTrace()[0].getClassName())
        && npe.getMessage() != null && npe.getMessage().contains("\"execution\" is null");
  }

  private OptimisticLockingException concurrentChange() {
    return new OptimisticLockingException(messages.get("error.conflict"));
  }
}
