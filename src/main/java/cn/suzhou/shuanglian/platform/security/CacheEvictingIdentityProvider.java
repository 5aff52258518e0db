package cn.suzhou.shuanglian.platform.security;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Camunda's database identity provider, which also drops the {@link CredentialCache} entries of a
 * user whose password, lock state, memberships or tenants change — now and again after commit, so
 * that a request racing the change cannot put the old identity back for long.
 *
 * <p>It applies the bounded lock-out of {@link LockoutProperties} in place of Camunda's, whose last
 * step is a permanent lock: Camunda's columns keep the state (ATTEMPTS_ failures in a row,
 * LOCK_EXP_TIME_ the end of the wait or lock), each failure below the maximum makes the next attempt
 * wait a growing delay, the maximum-th locks the account for the configured duration, and a lock
 * that has run out is over — the count starts again. Attempts during a wait or lock are refused
 * without counting, so they neither extend it nor lock anew. Locks, expiries and lifts are audited
 * ({@link LoginLockout}) in the same transaction; Camunda's own "unlock user" ({@code
 * IdentityService#unlockUser}, Camunda Admin's button) lifts a lock and is audited too.
 */
public class CacheEvictingIdentityProvider extends DbIdentityServiceProvider {

  private final CredentialCache cache;
  private final LoginLockout lockout;

  public CacheEvictingIdentityProvider(CredentialCache cache, LoginLockout lockout) {
    this.cache = cache;
    this.lockout = lockout;
  }

  @Override
  public boolean checkPassword(String userId, String password) {
    if (userId == null || password == null) {
      return false;
    }
    lockUserRow(userId);
    UserEntity user = findUserById(userId);
    if (user == null) {
      return false;
    }
    int maxFailures = lockout.policy().maxFailures();
    Date now = ClockUtil.getCurrentTime();
    Date until = user.getLockExpirationTime();
    int failures = user.getAttempts();
    if (until != null && until.after(now)) {
      lockout.refuse(new LockRefusal(user.getId(),
          failures >= maxFailures ? LockRefusal.Kind.LOCKED : LockRefusal.Kind.THROTTLED, until.toInstant()));
      return false;
    }
    if (failures >= maxFailures) {
      // the lock has run out: it is over, and the count starts again
      lockout.expired(user.getId(), until == null ? now.toInstant() : until.toInstant(), failures);
      failures = 0;
    }
    if (matchPassword(password, user)) {
      if (user.getAttempts() > 0 || until != null) {
        getIdentityInfoManager().updateUserLock(user, 0, null);
      }
      return true;
    }
    recordFailure(user, failures + 1, now);
    return false;
  }

  /**
   * Takes the user's row for this transaction before reading its count, so that simultaneous logins
   * of one user are checked one after the other: each sees the wait or lock the previous one set, and
   * a burst of parallel guesses counts — and is throttled — like the same guesses in a row (Camunda
   * reads the count without a lock, so parallel wrong passwords were each checked but counted once).
   */
  private void lockUserRow(String userId) {
    CommandContext context = Context.getCommandContext();
    String sql = "select ID_ from " + Context.getProcessEngineConfiguration().getDatabaseTablePrefix()
        + "ACT_ID_USER where ID_ = ? for update";
    try (PreparedStatement statement = context.getDbSqlSession().getSqlSession().getConnection().prepareStatement(sql)) {
      statement.setString(1, userId);
      statement.executeQuery().close();
    } catch (SQLException e) {
      throw new ProcessEngineException("could not lock the user row for a login", e);
    }
  }

  /** Locked while a wait or lock runs, never for good. */
  @Override
  protected boolean isUserLocked(UserEntity user) {
    Date until = user.getLockExpirationTime();
    return until != null && until.after(ClockUtil.getCurrentTime());
  }

  @Override
  protected void lockUser(UserEntity user) {
    recordFailure(user, user.getAttempts() + 1, ClockUtil.getCurrentTime());
  }

  private void recordFailure(UserEntity user, int failures, Date now) {
    LockoutProperties policy = lockout.policy();
    Instant until;
    if (failures >= policy.maxFailures()) {
      until = now.toInstant().plus(policy.duration());
      lockout.locked(user.getId(), failures, until);
      lockout.refuse(new LockRefusal(user.getId(), LockRefusal.Kind.LOCKED, until));
    } else {
      until = now.toInstant().plus(policy.delayAfter(failures));
    }
    getIdentityInfoManager().updateUserLock(user, failures, Date.from(until));
    evictUser(user.getId());
  }

  /** An administrator lifts a lock (the audit names them); a lock found run out is recorded as expired. */
  @Override
  public IdentityOperationResult unlockUser(String userId) {
    lockUserRow(userId);
    UserEntity user = findUserById(userId);
    if (user != null && user.getAttempts() >= lockout.policy().maxFailures() && user.getLockExpirationTime() != null) {
      Instant until = user.getLockExpirationTime().toInstant();
      if (until.isAfter(ClockUtil.getCurrentTime().toInstant())) {
        lockout.lifted(userId, Context.getCommandContext().getAuthenticatedUserId(), until, user.getAttempts());
      } else {
        lockout.expired(userId, until, user.getAttempts());
      }
    }
    IdentityOperationResult result = super.unlockUser(userId);
    evictUser(userId);
    return result;
  }

  @Override
  public IdentityOperationResult saveUser(User user) {
    IdentityOperationResult result = super.saveUser(user);
    evictUser(user.getId());
    return result;
  }

  @Override
  public IdentityOperationResult deleteUser(String userId) {
    IdentityOperationResult result = super.deleteUser(userId);
    evictUser(userId);
    return result;
  }

  @Override
  public IdentityOperationResult saveGroup(Group group) {
    IdentityOperationResult result = super.saveGroup(group);
    evictAll();
    return result;
  }

  @Override
  public IdentityOperationResult deleteGroup(String groupId) {
    IdentityOperationResult result = super.deleteGroup(groupId);
    evictAll();
    return result;
  }

  @Override
  public IdentityOperationResult createMembership(String userId, String groupId) {
    IdentityOperationResult result = super.createMembership(userId, groupId);
    evictUser(userId);
    return result;
  }

  @Override
  public IdentityOperationResult deleteMembership(String userId, String groupId) {
    IdentityOperationResult result = super.deleteMembership(userId, groupId);
    evictUser(userId);
    return result;
  }

  @Override
  public IdentityOperationResult saveTenant(Tenant tenant) {
    IdentityOperationResult result = super.saveTenant(tenant);
    evictAll();
    return result;
  }

  @Override
  public IdentityOperationResult deleteTenant(String tenantId) {
    IdentityOperationResult result = super.deleteTenant(tenantId);
    evictAll();
    return result;
  }

  @Override
  public IdentityOperationResult createTenantUserMembership(String tenantId, String userId) {
    IdentityOperationResult result = super.createTenantUserMembership(tenantId, userId);
    evictUser(userId);
    return result;
  }

  @Override
  public IdentityOperationResult deleteTenantUserMembership(String tenantId, String userId) {
    IdentityOperationResult result = super.deleteTenantUserMembership(tenantId, userId);
    evictUser(userId);
    return result;
  }

  @Override
  public IdentityOperationResult createTenantGroupMembership(String tenantId, String groupId) {
    IdentityOperationResult result = super.createTenantGroupMembership(tenantId, groupId);
    evictAll();
    return result;
  }

  @Override
  public IdentityOperationResult deleteTenantGroupMembership(String tenantId, String groupId) {
    IdentityOperationResult result = super.deleteTenantGroupMembership(tenantId, groupId);
    evictAll();
    return result;
  }

  private void evictUser(String userId) {
    cache.evictUser(userId);
    afterCommit(() -> cache.evictUser(userId));
  }

  private void evictAll() {
    cache.evictAll();
    afterCommit(cache::evictAll);
  }

  private static void afterCommit(Runnable action) {
    CommandContext commandContext = Context.getCommandContext();
    if (commandContext != null) {
      commandContext.getTransactionContext()
          .addTransactionListener(TransactionState.COMMITTED, committed -> action.run());
    }
  }

  /** Hands the engine a {@link CacheEvictingIdentityProvider} for each command. */
  public static class Factory implements SessionFactory {

    private final CredentialCache cache;
    private final LoginLockout lockout;

    public Factory(CredentialCache cache, LoginLockout lockout) {
      this.cache = cache;
      this.lockout = lockout;
    }

    @Override
    public Class<?> getSessionType() {
      return CacheEvictingIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new CacheEvictingIdentityProvider(cache, lockout);
    }
  }
}
