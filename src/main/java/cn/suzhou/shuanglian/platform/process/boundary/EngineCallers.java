package cn.suzhou.shuanglian.platform.process.boundary;

import java.util.function.Supplier;

/**
 * Whether the engine command running on this thread was asked for by a person over the engine's own
 * APIs ({@code /engine-rest}, the webapps' {@code /camunda/api}) — untrusted input — rather than by
 * the application's code (the domain API, delegates, the job executor).
 */
public final class EngineCallers {

  private static final ThreadLocal<Boolean> UNTRUSTED = new ThreadLocal<>();

  private EngineCallers() {}

  static void enterUntrusted() {
    UNTRUSTED.set(Boolean.TRUE);
  }

  static void leave() {
    UNTRUSTED.remove();
  }

  public static boolean isUntrusted() {
    return Boolean.TRUE.equals(UNTRUSTED.get());
  }

  /** Runs the boundary's own look-ups as trusted calls. */
  static <T> T trusted(Supplier<T> call) {
    Boolean before = UNTRUSTED.get();
    UNTRUSTED.remove();
    try {
      return call.get();
    } finally {
      if (before != null) {
        UNTRUSTED.set(before);
      }
    }
  }
}
