package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.matching.MatchingProblem.Candidate;
import cn.suzhou.shuanglian.matching.MatchingProblem.DemandText;
import cn.suzhou.shuanglian.matching.MatchingProblem.DistrictNeed;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The score of one commissioner–district pair and its reasons: same industry group or not, the
 * district's demands in the group, the demand the commissioner's expertise fits best (character
 * bigram overlap, which works for Chinese text without a word segmenter), and the distance.
 */
public record PairScore(boolean sameGroup, int groupDemands, DemandText bestDemand, double similarity,
    double distanceKm, double cost) {

  /** Every pair's cost is offset by this, keeping costs non-negative; a constant per pair leaves the optimum alone. */
  static final double OFFSET = 10_000;

  public static PairScore of(Candidate c, DistrictNeed d, MatchingWeights w) {
    return of(c, bigrams(c.expertise()), d, demandBigrams(d), w);
  }

  /** The bigrams of each of the district's demands, in order — computed once per district by the solver. */
  static List<Set<String>> demandBigrams(DistrictNeed d) {
    List<Set<String>> grams = new ArrayList<>(d.demands().size());
    for (DemandText demand : d.demands()) {
      grams.add(bigrams(demand.title() + " " + demand.description()));
    }
    return grams;
  }

  /** As {@link #of(Candidate, DistrictNeed, MatchingWeights)}, with the texts' bigrams already computed. */
  static PairScore of(Candidate c, Set<String> expertise, DistrictNeed d, List<Set<String>> demandGrams,
      MatchingWeights w) {
    int groupDemands = d.demandsIn(c.industryGroup());
    boolean sameGroup = groupDemands > 0;
    DemandText best = null;
    double similarity = 0;
    for (int i = 0; i < d.demands().size(); i++) {
      DemandText demand = d.demands().get(i);
      if (!demand.industryGroup().equals(c.industryGroup())) {
        continue;
      }
      double s = overlap(expertise, demandGrams.get(i));
      if (best == null || s > similarity) {
        best = demand;
        similarity = s;
      }
    }
    double km = distanceKm(c.latitude(), c.longitude(), d.latitude(), d.longitude());
    double cost = OFFSET + (sameGroup ? 0 : w.otherGroupPenalty()) - w.perDemand() * Math.min(groupDemands, 5)
        - w.strength() * similarity + w.perKm() * km;
    return new PairScore(sameGroup, groupDemands, best, similarity, km, cost);
  }

  /** Great-circle distance (haversine). */
  static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double a = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }

  static Set<String> bigrams(String text) {
    Set<String> grams = new HashSet<>();
    if (text == null) {
      return grams;
    }
    String t = text.replaceAll("[\\s\\p{Punct}，。、；：（）“”]", "");
    for (int i = 0; i + 1 < t.length(); i++) {
      grams.add(t.substring(i, i + 2));
    }
    return grams;
  }

  /** Share of the expertise's bigrams found in the demand text (0–1). */
  static double overlap(Set<String> expertise, Set<String> demand) {
    if (expertise.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String gram : expertise) {
      if (demand.contains(gram)) {
        common++;
      }
    }
    return (double) common / expertise.size();
  }

  /** The reasons in words, for the officials (P-11). */
  public String explain(String industryGroupName, boolean inCity) {
    StringBuilder text = new StringBuilder();
    if (sameGroup) {
      text.append("同属").append(industryGroupName).append("组，该县区此组需求 ").append(groupDemands).append(" 项");
    } else {
      text.append("跨行业分组（该县区无").append(industryGroupName).append("需求），为满足每县区最低人数");
    }
    if (bestDemand != null && similarity > 0) {
      text.append("；专长契合「").append(bestDemand.title()).append("」");
    }
    text.append("；距离约 ").append(Math.round(distanceKm)).append(" 公里");
    if (inCity) {
      text.append("（市内派出单位，就近结对）");
    }
    return text.toString();
  }
}
