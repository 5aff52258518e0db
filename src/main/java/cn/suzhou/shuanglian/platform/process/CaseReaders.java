package cn.suzhou.shuanglian.platform.process;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets a group read one case (its variables: the case title and district columns of Tasklist's
 * filters, Cockpit) and no other: a grant on the process instance, since a grant on the process
 * definition would open every district's or every source unit's cases (P-14). Granted as the system,
 * whoever's command is running.
 */
@Component
public class CaseReaders {

  private final AuthorizationService authorizations;
  private final EngineAsSystem engineAsSystem;

  public CaseReaders(@Lazy AuthorizationService authorizations, EngineAsSystem engineAsSystem) {
    this.authorizations = authorizations;
    this.engineAsSystem = engineAsSystem;
  }

  public void grant(String processInstanceId, String groupId) {
    engineAsSystem.run(() -> {
      Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
      grant.setGroupId(groupId);
      grant.setResource(Resources.PROCESS_INSTANCE);
      grant.setResourceId(processInstanceId);
      grant.addPermission(Permissions.READ);
      authorizations.saveAuthorization(grant);
    });
  }
}
