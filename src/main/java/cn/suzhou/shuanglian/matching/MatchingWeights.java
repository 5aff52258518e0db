package cn.suzhou.shuanglian.matching;

/**
 * How a commissioner–district pair is scored (lower cost is better). Defaults follow P-11's order:
 * the industry group first (行业分组: a pair outside the commissioner's group costs
 * {@code otherGroupPenalty}), then the district's demand in that group, the commissioner's
 * strengths against those demands, and nearness (就近结对).
 *
 * @param otherGroupPenalty cost of a pair where the district has no demand in the commissioner's group
 * @param perDemand cost removed per demand of the district in the commissioner's group (up to 5)
 * @param strength cost removed for a full match of expertise and a demand's text (scaled by similarity 0–1)
 * @param perKm cost per kilometre between the source unit and the district
 */
public record MatchingWeights(double otherGroupPenalty, double perDemand, double strength, double perKm) {

  public static final MatchingWeights DEFAULT = new MatchingWeights(1000, 20, 150, 1);
}
