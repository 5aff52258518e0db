package cn.suzhou.shuanglian.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.matching.MatchingProblem.Candidate;
import cn.suzhou.shuanglian.matching.MatchingProblem.DemandText;
import cn.suzhou.shuanglian.matching.MatchingProblem.DistrictNeed;
import cn.suzhou.shuanglian.matching.MatchingSolver.Pair;
import cn.suzhou.shuanglian.matching.MatchingSolver.Solution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The matching solver against brute force on small cases, and its hard rules (P-01, P-02, P-11). */
@Tag("P-02") @Tag("P-11")
@DisplayName("P-02/P-11 matching solver: optimal against brute force, minimums as hard constraints")
class MatchingSolverTest {

  static final String[] GROUPS = {"NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD"};

  static MatchingProblem random(Random random, int candidates, int districts, int min) {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < candidates; i++) {
      String group = GROUPS[random.nextInt(GROUPS.length)];
      cs.add(new Candidate(i + 1, "专员" + i, group, 31 + random.nextDouble() * 3, 116 + random.nextDouble() * 2,
          random.nextBoolean(), random.nextBoolean() ? "新型建材强度" : "果蔬加工保鲜"));
    }
    List<DistrictNeed> ds = new ArrayList<>();
    for (int j = 0; j < districts; j++) {
      String group = GROUPS[random.nextInt(GROUPS.length)];
      int count = 1 + random.nextInt(3);
      ds.add(new DistrictNeed("D" + j, "县区" + j, 33 + random.nextDouble(), 116.5 + random.nextDouble(),
          Map.of(group, count), List.of(new DemandText(group, random.nextBoolean() ? "墙材强度提升" : "酥梨保鲜", "说明"))));
    }
    return new MatchingProblem(cs, ds, min);
  }

  /** Every assignment of candidates to districts that meets the minimums, cheapest cost. */
  static double bruteForce(MatchingProblem problem) {
    int n = problem.candidates().size();
    int k = problem.districts().size();
    double[][] cost = new double[n][k];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < k; j++) {
        cost[i][j] = PairScore.of(problem.candidates().get(i), problem.districts().get(j), MatchingWeights.DEFAULT).cost()
            - PairScore.OFFSET;
      }
    }
    double best = Double.POSITIVE_INFINITY;
    int[] choice = new int[n];
    long total = (long) Math.pow(k, n);
    for (long code = 0; code < total; code++) {
      long rest = code;
      int[] count = new int[k];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        choice[i] = (int) (rest % k);
        rest /= k;
        count[choice[i]]++;
        sum += cost[i][choice[i]];
      }
      boolean ok = true;
      for (int c : count) {
        ok &= c >= problem.minPerDistrict();
      }
      if (ok && sum < best) {
        best = sum;
      }
    }
    return best;
  }

  @RepeatedTest(25)
  @DisplayName("P-11 the computed matching costs exactly what the best of all assignments costs (brute force)")
  void optimalOnSmallCases(org.junit.jupiter.api.RepetitionInfo repetition) {
    Random random = new Random(repetition.getCurrentRepetition() * 7919L);
    MatchingProblem problem = random(random, 6 + random.nextInt(3), 3, 2);
    Solution solution = MatchingSolver.solve(problem, MatchingWeights.DEFAULT);
    assertThat(solution.totalCost()).isCloseTo(bruteForce(problem), org.assertj.core.data.Offset.offset(1e-6));
  }

  @Test
  @Tag("P-01")
  @DisplayName("P-01/P-02 every commissioner in exactly one district, every district at least its minimum (40 × 8, min 4)")
  void hardRules() {
    MatchingProblem problem = random(new Random(42), 40, 8, 4);
    Solution solution = MatchingSolver.solve(problem, MatchingWeights.DEFAULT);
    assertThat(solution.pairs()).hasSize(40);
    assertThat(solution.pairs().stream().map(p -> p.candidate().id()).distinct().count()).isEqualTo(40);
    assertThat(solution.countsByDistrict()).hasSize(8).allSatisfy((d, count) -> assertThat(count).isGreaterThanOrEqualTo(4));
  }

  @Test
  @Tag("P-01")
  @DisplayName("P-02 31 candidates cannot give 8 districts 4 each: the solver says so instead of leaving one with 3")
  void infeasibleWhenTooFew() {
    MatchingProblem problem = random(new Random(7), 31, 8, 4);
    assertThatThrownBy(() -> MatchingSolver.solve(problem, MatchingWeights.DEFAULT))
        .isInstanceOf(MatchingSolver.Infeasible.class).hasMessageContaining("31");
  }

  @Test
  @DisplayName("P-11 by industry group first: each commissioner goes to a district with demand in their group when the minimums allow")
  void industryGroupFirst() {
    List<Candidate> cs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      cs.add(new Candidate(i, "材料" + i, "NEW_MATERIALS", 33.6, 117.0, true, "新型建材"));
      cs.add(new Candidate(10 + i, "食品" + i, "AGRI_FOOD", 33.6, 117.0, true, "酥梨深加工"));
    }
    DistrictNeed materials = new DistrictNeed("341322", "萧县", 34.19, 116.94, Map.of("NEW_MATERIALS", 3),
        List.of(new DemandText("NEW_MATERIALS", "新型建材强度提升", "")));
    DistrictNeed food = new DistrictNeed("341321", "砀山县", 34.42, 116.37, Map.of("AGRI_FOOD", 3),
        List.of(new DemandText("AGRI_FOOD", "酥梨深加工工艺", "")));
    Solution solution = MatchingSolver.solve(new MatchingProblem(cs, List.of(materials, food), 4), MatchingWeights.DEFAULT);
    Map<String, List<String>> byDistrict = solution.pairs().stream().collect(Collectors.groupingBy(
        p -> p.district().code(), Collectors.mapping(p -> p.candidate().industryGroup(), Collectors.toList())));
    assertThat(byDistrict.get("341322")).containsOnly("NEW_MATERIALS");
    assertThat(byDistrict.get("341321")).containsOnly("AGRI_FOOD");
    Pair one = solution.pairs().get(0);
    assertThat(one.score().explain("新材料", true)).contains("同属").contains("公里");
  }

  @Test
  @DisplayName("P-11 pruned arcs for large instances still meet every minimum")
  void prunedStillFeasible() {
    MatchingProblem problem = random(new Random(3), 300, 60, 4);
    Solution solution = MatchingSolver.solve(problem, MatchingWeights.DEFAULT, 10);
    assertThat(solution.pairs()).hasSize(300);
    assertThat(solution.countsByDistrict()).hasSize(60).allSatisfy((d, count) -> assertThat(count).isGreaterThanOrEqualTo(4));
  }
}
