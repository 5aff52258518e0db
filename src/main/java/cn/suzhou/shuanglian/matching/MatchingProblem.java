package cn.suzhou.shuanglian.matching;

import java.util.List;
import java.util.Map;

/**
 * What the matching (分组匹配, P-11) is computed from: the nominated commissioners, the districts
 * with their approved demands, and the minimum per district (P-02). Plain data, so that the solver
 * can be tested and benchmarked without a database.
 */
public record MatchingProblem(List<Candidate> candidates, List<DistrictNeed> districts, int minPerDistrict) {

  public MatchingProblem {
    candidates = List.copyOf(candidates);
    districts = List.copyOf(districts);
  }

  /** A nominated commissioner: industry group, where the source unit is, whether it is in the city, expertise. */
  public record Candidate(long id, String name, String industryGroup, double latitude, double longitude,
      boolean inCity, String expertise) {}

  /** A district: where it is, its approved demands per industry group and their texts (title and description). */
  public record DistrictNeed(String code, String name, double latitude, double longitude,
      Map<String, Integer> demandsByGroup, List<DemandText> demands) {

    public DistrictNeed {
      demandsByGroup = Map.copyOf(demandsByGroup);
      demands = List.copyOf(demands);
    }

    public int demandsIn(String industryGroup) {
      return demandsByGroup.getOrDefault(industryGroup, 0);
    }
  }

  /** One approved demand's group, title and description, for the strengths comparison. */
  public record DemandText(String industryGroup, String title, String description) {}
}
