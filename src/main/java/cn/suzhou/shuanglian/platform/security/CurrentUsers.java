package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.platform.web.ApiException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/** Reads the caller that the REST authentication filter handed to the engine for this request. */
@Component
public class CurrentUsers {

  private final IdentityService identityService;

  public CurrentUsers(IdentityService identityService) {
    this.identityService = identityService;
  }

  public CurrentUser current() {
    Authentication authentication = identityService.getCurrentAuthentication();
    if (authentication == null || authentication.getUserId() == null) {
      throw new ApiException(HttpStatus.UNAUTHORIZED, "error.unauthenticated");
    }
    return new CurrentUser(authentication.getUserId(), authentication.getGroupIds());
  }
}
