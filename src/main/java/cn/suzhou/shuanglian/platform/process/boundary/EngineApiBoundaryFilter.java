package cn.suzhou.shuanglian.platform.process.boundary;

import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.web.ProblemType;
import cn.suzhou.shuanglian.platform.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Marks every request to the engine's own APIs — {@code /engine-rest/*} and the webapps'
 * {@code /camunda/api/*} (what Tasklist and Cockpit call) — as untrusted input for the
 * {@link TrustBoundary}, and keeps Cockpit's plugin API (statistics over every case) to the roles
 * that monitor processes: process managers and administrators.
 */
class EngineApiBoundaryFilter extends OncePerRequestFilter {

  private final Problems problems;

  EngineApiBoundaryFilter(Problems problems) {
    this.problems = problems;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    boolean pluginAsset = path.contains("/static/");  // the Cockpit app's own scripts, loaded before login
    if (path.startsWith("/camunda/api/cockpit/") && !pluginAsset && !monitorsProcesses(request.getSession(false))) {
      problems.write(response, problems.of(ProblemType.FORBIDDEN, "boundary.read.needToKnow"));
      return;
    }
    EngineCallers.enterUntrusted();
    try {
      chain.doFilter(request, response);
    } finally {
      EngineCallers.leave();
    }
  }

  private static boolean monitorsProcesses(HttpSession session) {
    if (session == null) {
      return false;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return false;
    }
    return authentications.getAuthentications().stream().map(UserAuthentication::getGroupIds)
        .filter(groups -> groups != null)
        .anyMatch(groups -> groups.contains(Groups.PROCESS_MANAGERS) || groups.contains(Groups.ADMIN));
  }

  static final List<String> PATTERNS = List.of("/engine-rest/*", "/camunda/api/*");
}
