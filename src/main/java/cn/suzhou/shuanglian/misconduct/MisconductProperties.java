package cn.suzhou.shuanglian.misconduct;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Misconduct case settings ({@code shuanglian.misconduct.*}, P-17), with defaults.
 *
 * @param investigationPeriod due time of the district's investigation (调查核实)
 * @param decisionPeriod due time of the city's decision (审定处理决定)
 * @param factsMinLength the fewest characters a report's facts may have to be investigable
 */
@ConfigurationProperties("shuanglian.misconduct")
public record MisconductProperties(Period investigationPeriod, Period decisionPeriod, Integer factsMinLength) {

  public MisconductProperties {
    investigationPeriod = investigationPeriod == null ? Period.ofDays(30) : investigationPeriod;
    decisionPeriod = decisionPeriod == null ? Period.ofDays(14) : decisionPeriod;
    factsMinLength = factsMinLength == null ? 20 : factsMinLength;
  }
}
