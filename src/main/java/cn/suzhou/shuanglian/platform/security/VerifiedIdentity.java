package cn.suzhou.shuanglian.platform.security;

import java.util.List;

/** A user whose password the engine has checked, with the groups and tenants found in the same transaction. */
public record VerifiedIdentity(String userId, List<String> groupIds, List<String> tenantIds) {

  public VerifiedIdentity {
    groupIds = List.copyOf(groupIds);
    tenantIds = List.copyOf(tenantIds);
  }
}
