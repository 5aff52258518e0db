package cn.suzhou.shuanglian.servicerecord;

import java.util.Map;
import java.util.Set;

/**
 * One service year of a dispatch in figures (P-15: only confirmed days count). The first four
 * fields count CONFIRMED records only; pending and disputed records are counted apart.
 *
 * @param confirmedDays service days of the confirmed records
 * @param confirmedServices number of confirmed records
 * @param servicesByType confirmed records per type of service (P-06, P-09), every type present, zero when none
 * @param daysByType confirmed service days per type, every type present, zero when none
 * @param enterpriseIds the enterprises with at least one confirmed record
 * @param pendingServices records still waiting for the enterprise's answer
 * @param disputedServices records the enterprise disputed
 */
public record ServiceTally(int confirmedDays, int confirmedServices, Map<ServiceType, Integer> servicesByType,
    Map<ServiceType, Integer> daysByType, Set<Long> enterpriseIds, int pendingServices, int disputedServices) {}
