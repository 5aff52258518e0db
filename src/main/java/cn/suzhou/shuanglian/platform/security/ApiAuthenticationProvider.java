package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.platform.web.ProblemType;
import cn.suzhou.shuanglian.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who calls {@code /api}: HTTP Basic ({@link CachingBasicAuthenticationProvider}) for integrators, and
 * for reading only, the official's own Tasklist login — the board (工作台) and the downloads it links
 * (Excel, PDF) are pages officials reach from Tasklist with the same login and the same rights (issue 16).
 *
 * <p>The session is Camunda's webapp login for this engine (groups and tenants as Tasklist holds them,
 * revalidated by Camunda's own cache on the webapps' paths). It counts for {@code GET} and {@code HEAD}
 * only: a request that writes must carry Basic credentials, so a page on another site cannot make a
 * logged-in official's browser change anything (no cross-site request forgery through the cookie).
 * A request with an {@code Authorization} header is judged by it alone.
 */
@Component
public class ApiAuthenticationProvider implements AuthenticationProvider {

  /** Sent by the board's scripts: answer 401 without a Basic challenge, so no browser password dialog opens. */
  static final String PAGE_REQUEST_HEADER = "X-Requested-With";

  private final CachingBasicAuthenticationProvider basic;
  private final Problems problems;

  public ApiAuthenticationProvider(CachingBasicAuthenticationProvider basic, Problems problems) {
    this.basic = basic;
    this.problems = problems;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
      return basic.extractAuthenticatedUser(request, engine);
    }
    if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
      return AuthenticationResult.unsuccessful();
    }
    UserAuthentication login = webappLogin(request.getSession(false), engine.getName());
    if (login == null) {
      return AuthenticationResult.unsuccessful();
    }
    AuthenticationResult result = AuthenticationResult.successful(login.getIdentityId());
    result.setGroups(login.getGroupIds() == null ? List.of() : List.copyOf(login.getGroupIds()));
    result.setTenants(login.getTenantIds() == null ? List.of() : List.copyOf(login.getTenantIds()));
    return result;
  }

  private static UserAuthentication webappLogin(HttpSession session, String engineName) {
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthenticationForProcessEngine(engineName) instanceof UserAuthentication user
        ? user : null;
  }

  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
        && attributes.getRequest().getHeader(PAGE_REQUEST_HEADER) != null
        && attributes.getRequest().getHeader(HttpHeaders.AUTHORIZATION) == null) {
      try {
        problems.write(response, problems.of(ProblemType.UNAUTHORIZED, "error.unauthenticated"));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    basic.augmentResponseByAuthenticationChallenge(response, engine);
  }
}
