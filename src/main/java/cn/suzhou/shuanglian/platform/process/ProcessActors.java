package cn.suzhou.shuanglian.platform.process;

import cn.suzhou.shuanglian.platform.security.CurrentUser;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine command running now: the authenticated user, else the given fallback. */
public final class ProcessActors {

  private ProcessActors() {}

  public static String currentUserId(ProcessEngineServices engine, String fallback) {
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : fallback;
  }

  /** Is the command run by the city bureau (or an administrator), e.g. filing on someone's behalf? */
  public static boolean callerIsCity(ProcessEngineServices engine) {
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null && auth.getGroupIds() != null
        && new CurrentUser(auth.getUserId(), auth.getGroupIds()).isCity();
  }
}
