package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.platform.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who runs the engine command now — the authenticated user (Tasklist, {@code /engine-rest}, {@code /api})
 * with their groups — or nobody when the system acts (a job, a timer, a start from Java). Never a
 * process variable.
 */
public final class EngineCaller {

  private EngineCaller() {}

  public static Optional<CurrentUser> of(ProcessEngineServices engine) {
    IdentityService identity = engine.getIdentityService();
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      return Optional.empty();
    }
    List<String> groups = auth.getGroupIds() != null ? auth.getGroupIds()
        : identity.createGroupQuery().groupMember(auth.getUserId()).list().stream().map(Group::getId).toList();
    return Optional.of(new CurrentUser(auth.getUserId(), groups));
  }
}
