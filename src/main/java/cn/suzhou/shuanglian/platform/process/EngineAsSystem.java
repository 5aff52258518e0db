package cn.suzhou.shuanglian.platform.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs an engine call without the caller's Camunda authorizations, for the domain API after it has
 * authorized the caller by its own rules (a district official may update the list variables of
 * their own district's collection, which no engine grant can express per instance). The caller's
 * authentication is restored afterwards, also when the call fails.
 */
@Component
public class EngineAsSystem {

  private final IdentityService identityService;

  public EngineAsSystem(IdentityService identityService) {
    this.identityService = identityService;
  }

  public <T> T call(Supplier<T> engineCall) {
    Authentication caller = identityService.getCurrentAuthentication();
    identityService.clearAuthentication();
    try {
      return engineCall.get();
    } finally {
      if (caller != null) {
        identityService.setAuthentication(caller);
      }
    }
  }

  public void run(Runnable engineCall) {
    call(() -> {
      engineCall.run();
      return null;
    });
  }
}
