package cn.suzhou.shuanglian.platform.web;

import org.camunda.bpm.engine.AuthorizationException;

/**
 * A refusal of the engine API whose message is already in the caller's language (the trust
 * boundary's), so it reaches the caller as it is; Camunda's own authorization failures are answered
 * with the generic text instead.
 */
public class LocalizedRefusal extends AuthorizationException {

  private static final long serialVersionUID = 1L;

  public LocalizedRefusal(String message) {
    super(message);
  }
}
