package cn.suzhou.shuanglian.support;

/** Whether the tests run in CI (CI=true), where no test may skip. */
public final class CiEnvironment {

  private CiEnvironment() {}

  public static boolean isCi() {
    return "true".equalsIgnoreCase(System.getenv("CI"));
  }
}
