package cn.suzhou.shuanglian.platform.security;

import cn.suzhou.shuanglian.platform.web.ProblemType;
import cn.suzhou.shuanglian.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * HTTP Basic against the Camunda user directory for {@code /engine-rest} and {@code /api}.
 *
 * <p>A cache miss checks the password (with Camunda's login throttling) and reads the user's groups
 * and tenants in one engine command, i.e. one database transaction; a hit costs none. The groups
 * travel in the {@link AuthenticationResult}, so the engine filter does not query them again.
 */
@Component
public class CachingBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  private final CredentialCache cache;
  private final Problems problems;
  private final LoginLockout lockout;

  public CachingBasicAuthenticationProvider(CredentialCache cache, Problems problems, LoginLockout lockout) {
    this.cache = cache;
    this.problems = problems;
    this.lockout = lockout;
  }

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, BASIC_AUTH_HEADER_PREFIX, 0, BASIC_AUTH_HEADER_PREFIX.length())) {
      return AuthenticationResult.unsuccessful();
    }
    String decoded;
    try {
      decoded = new String(Base64.getDecoder().decode(header.substring(BASIC_AUTH_HEADER_PREFIX.length()).trim()),
          StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      return AuthenticationResult.unsuccessful();
    }
    int colon = decoded.indexOf(':');
    if (colon <= 0) {
      return AuthenticationResult.unsuccessful();
    }
    String userId = decoded.substring(0, colon);
    String password = decoded.substring(colon + 1);

    VerifiedIdentity identity = cache.get(userId, password);
    if (identity == null) {
      identity = verify(engine, userId, password);
      if (identity == null) {
        return AuthenticationResult.unsuccessful(userId);
      }
      cache.put(password, identity);
    }
    AuthenticationResult result = AuthenticationResult.successful(identity.userId());
    result.setGroups(identity.groupIds());
    result.setTenants(identity.tenantIds());
    return result;
  }

  /** Password check, groups and tenants in a single engine command (one transaction). */
  private VerifiedIdentity verify(ProcessEngine engine, String userId, String password) {
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration.getCommandExecutorTxRequired().execute((CommandContext context) -> {
      ReadOnlyIdentityProvider identities = context.getReadOnlyIdentityProvider();
      if (!identities.checkPassword(userId, password)) {
        return null;
      }
      List<String> groups = identities.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
      List<String> tenants = identities.createTenantQuery().userMember(userId).includingGroupsOfUser(true).list()
          .stream().map(Tenant::getId).toList();
      return new VerifiedIdentity(userId, groups, tenants);
    });
  }

  /**
   * 401 with a Basic challenge; when the account is locked (or must wait after a failure), the
   * answer says until when, with {@code Retry-After} ({@link LoginLockout#writeRefusal}).
   */
  @Override
  public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BASIC_AUTH_HEADER_PREFIX + "realm=\"shuanglian\", charset=\"UTF-8\"");
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      java.util.Optional<LockRefusal> refusal = LoginLockout.refusalOf(attributes.getRequest());
      if (refusal.isPresent()) {
        try {
          lockout.writeRefusal(response, refusal.get(), false);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        return;
      }
    }
    try {
      problems.write(response, problems.of(ProblemType.UNAUTHORIZED, "error.unauthenticated"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
