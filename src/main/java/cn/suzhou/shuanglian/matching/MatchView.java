package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import java.util.List;

/**
 * A commissioner's district in a round with the reasons, and the service units they serve; {@code level}
 * and its Chinese label say whether the commissioner is provincial- or city-level (P-13).
 */
public record MatchView(Long commissionerId, String name, String sourceUnitName, String industryGroupCode,
    String industryGroupName, boolean provincial, CommissionerLevel level, String levelLabel, String districtCode, String districtName, RoundMatch.Status status,
    boolean sameGroup, int distanceKm, String explanation, boolean changedByCity, List<ServiceUnitRef> serviceUnits) {

  public record ServiceUnitRef(Long id, String creditCode, String name) {}
}
