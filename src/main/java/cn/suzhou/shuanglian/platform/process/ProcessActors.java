package cn.suzhou.shuanglian.platform.process;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.impl.identity.Authentication;

/** Who is acting in the engine command running now: the authenticated user, else the given fallback. */
public final class ProcessActors {

  private ProcessActors() {}

  public static String currentUserId(ProcessEngineServices engine, String fallback) {
    Authentication auth = engine.getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : fallback;
  }
}
