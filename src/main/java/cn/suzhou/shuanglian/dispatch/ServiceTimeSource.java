package cn.suzhou.shuanglian.dispatch;

/**
 * P-15: the service time a commissioner gave in a service year of their dispatch, as the service
 * records confirm it. The service records answer it; declared here so that the dispatch need not
 * know them.
 */
public interface ServiceTimeSource {

  /** Confirmed service days of service year {@code serviceYear} (1-based) of the dispatch. */
  int confirmedDays(Long dispatchId, int serviceYear);
}
