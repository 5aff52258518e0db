package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.platform.security.CurrentUser;

/**
 * P-14: who manages a dispatch and so reads it with all its records — the city bureau and process
 * managers, the district it serves, the commissioner's source unit, and the commissioner. An
 * enterprise contact reads only what concerns the enterprise (its dispatches, its own records).
 */
public final class DispatchAccess {

  private DispatchAccess() {}

  public static boolean managedBy(CurrentUser user, Dispatch dispatch) {
    return user.readsAllDistricts()
        || user.districtCodes().contains(dispatch.getDistrict().getCode())
        || user.sourceUnitCodes().contains(dispatch.getSourceUnit().getCode())
        || user.userId().equals(dispatch.getCommissioner().getUserId());
  }
}
