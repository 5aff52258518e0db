package cn.suzhou.shuanglian.agreement;

import java.util.Set;

/**
 * Which commissioners serve a running dispatch now — they are no replacement for a declined
 * agreement (P-12(3)). The dispatches answer it; declared here so that agreements need not know them.
 */
public interface ServingCommissioners {

  /** The commissioners with a running dispatch. */
  Set<Long> ids();

  /** Does the commissioner serve a running dispatch? */
  boolean serving(Long commissionerId);
}
