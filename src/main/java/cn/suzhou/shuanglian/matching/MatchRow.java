package cn.suzhou.shuanglian.matching;

/** One row of the city's final matching form: a commissioner and the district chosen for them. */
public record MatchRow(Long commissionerId, String name, String industryGroupName, String districtCode,
    String explanation) {}
