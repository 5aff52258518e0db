package cn.suzhou.shuanglian.platform.security;

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

/**
 * Camunda's database identity provider, which also drops the {@link CredentialCache} entries of a
 * user whose password, lock state, memberships or tenants change — now and again after commit, so
 * that a request racing the change cannot put the old identity back for long.
 */
public class CacheEvictingIdentityProvider extends DbIdentityServiceProvider {

  private final CredentialCache cache;

  public CacheEvictingIdentityProvider(CredentialCache cache) {
    this.cache = cache;
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
  protected void lockUser(UserEntity user) {
    super.lockUser(user);
    evictUser(user.getId());
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

    public Factory(CredentialCache cache) {
      this.cache = cache;
    }

    @Override
    public Class<?> getSessionType() {
      return CacheEvictingIdentityProvider.class;
    }

    @Override
    public Session openSession() {
      return new CacheEvictingIdentityProvider(cache);
    }
  }
}
