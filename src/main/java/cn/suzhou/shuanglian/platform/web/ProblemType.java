package cn.suzhou.shuanglian.platform.web;

import java.util.Arrays;

/**
 * The stable problem types of every API error (RFC 9457 {@code type}): {@code /api}, {@code /engine-rest}
 * and the webapps' engine API answer with the same members, so a client branches on the type, never
 * on a message. The title is looked up in messages*.properties under {@code problem.title.<slug>}.
 */
public enum ProblemType {
  VALIDATION(400, "validation"),
  UNREADABLE(400, "unreadable"),
  UNAUTHORIZED(401, "unauthorized"),
  ACCOUNT_LOCKED(401, "account-locked"),
  FORBIDDEN(403, "forbidden"),
  NOT_FOUND(404, "not-found"),
  METHOD_NOT_ALLOWED(405, "method-not-allowed"),
  NOT_ACCEPTABLE(406, "not-acceptable"),
  CONFLICT(409, "conflict"),
  RULE_CONFLICT(409, "rule-conflict"),
  PAYLOAD_TOO_LARGE(413, "payload-too-large"),
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
  TOO_MANY_REQUESTS(429, "too-many-requests"),
  INTERNAL(500, "internal"),
  UNAVAILABLE(503, "unavailable");

  private static final String PREFIX = "urn:shuanglian:problem:";

  private final int status;
  private final String slug;

  ProblemType(int status, String slug) {
    this.status = status;
    this.slug = slug;
  }

  public int status() {
    return status;
  }

  /** {@code urn:shuanglian:problem:validation} */
  public String uri() {
    return PREFIX + slug;
  }

  public String titleKey() {
    return "problem.title." + slug;
  }

  /** The type a bare status stands for (the first of its types); 4xx/5xx without their own type fall back. */
  public static ProblemType forStatus(int status) {
    return Arrays.stream(values()).filter(type -> type.status == status).findFirst()
        .orElse(status >= 500 ? INTERNAL : VALIDATION);
  }

  /** The type a {@code type} member names, if it is one of ours. */
  public static java.util.Optional<ProblemType> fromUri(Object uri) {
    return Arrays.stream(values()).filter(type -> type.uri().equals(String.valueOf(uri))).findFirst();
  }
}
