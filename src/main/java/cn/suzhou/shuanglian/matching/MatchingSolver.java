package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.matching.MatchingProblem.Candidate;
import cn.suzhou.shuanglian.matching.MatchingProblem.DistrictNeed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm.MinimumCostFlow;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleDirectedWeightedGraph;

/**
 * P-01, P-02, P-11: assigns every nominated commissioner to exactly one district at least cost,
 * with every district receiving at least its minimum — a minimum-cost flow with lower bounds
 * (JGraphT's capacity scaling): source → commissioner (exactly 1) → district (pair cost, at most 1)
 * → sink (at least the minimum). The minimums are hard constraints of the flow, not a repair step;
 * when they cannot be met ({@code candidates < districts × minimum}) the solver says so.
 *
 * <p>For very large instances {@code arcsPerCandidate} keeps only each commissioner's cheapest
 * districts (plus enough others that every district stays reachable); 0 keeps all pairs.
 */
public final class MatchingSolver {

  private MatchingSolver() {}

  /** One commissioner's district and the score behind it. */
  public record Pair(Candidate candidate, DistrictNeed district, PairScore score) {}

  public record Solution(List<Pair> pairs, double totalCost) {

    public Map<String, Long> countsByDistrict() {
      Map<String, Long> counts = new HashMap<>();
      pairs.forEach(p -> counts.merge(p.district().code(), 1L, Long::sum));
      return counts;
    }
  }

  /** The minimums cannot be met by these candidates. */
  public static class Infeasible extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public Infeasible(String message) {
      super(message);
    }
  }

  public static Solution solve(MatchingProblem problem, MatchingWeights weights) {
    return solve(problem, weights, 0);
  }

  public static Solution solve(MatchingProblem problem, MatchingWeights weights, int arcsPerCandidate) {
    List<Candidate> candidates = problem.candidates();
    List<DistrictNeed> districts = problem.districts();
    int n = candidates.size();
    int min = problem.minPerDistrict();
    if (districts.isEmpty()) {
      throw new Infeasible("no districts");
    }
    if ((long) districts.size() * min > n) {
      throw new Infeasible(n + " candidates cannot give " + districts.size() + " districts " + min + " each");
    }

    Graph<Object, DefaultWeightedEdge> graph = new SimpleDirectedWeightedGraph<>(DefaultWeightedEdge.class);
    Object source = "source";
    Object sink = "sink";
    graph.addVertex(source);
    graph.addVertex(sink);
    Map<DefaultWeightedEdge, Integer> lower = new HashMap<>();
    Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
    Map<DefaultWeightedEdge, Pair> pairs = new HashMap<>();

    for (DistrictNeed d : districts) {
      graph.addVertex(d);
      DefaultWeightedEdge out = graph.addEdge(d, sink);
      graph.setEdgeWeight(out, 0);
      lower.put(out, min);
      upper.put(out, n);
    }
    int[] reach = new int[districts.size()];
    Map<DistrictNeed, Integer> position = new IdentityHashMap<>();
    for (int j = 0; j < districts.size(); j++) {
      position.put(districts.get(j), j);
    }
    List<List<Set<String>>> demandGrams = districts.stream().map(PairScore::demandBigrams).toList();
    for (Candidate c : candidates) {
      Set<String> expertise = PairScore.bigrams(c.expertise());
      graph.addVertex(c);
      DefaultWeightedEdge in = graph.addEdge(source, c);
      graph.setEdgeWeight(in, 0);
      lower.put(in, 1);
      upper.put(in, 1);
      List<Pair> options = new ArrayList<>();
      for (int j = 0; j < districts.size(); j++) {
        DistrictNeed d = districts.get(j);
        options.add(new Pair(c, d, PairScore.of(c, expertise, d, demandGrams.get(j), weights)));
      }
      if (arcsPerCandidate > 0 && arcsPerCandidate < options.size()) {
        options.sort(Comparator.comparingDouble(p -> p.score().cost()));
        options = new ArrayList<>(options.subList(0, arcsPerCandidate));
      }
      for (Pair option : options) {
        DefaultWeightedEdge arc = graph.addEdge(c, option.district());
        graph.setEdgeWeight(arc, option.score().cost());
        lower.put(arc, 0);
        upper.put(arc, 1);
        pairs.put(arc, option);
        reach[position.get(option.district())]++;
      }
    }
    if (arcsPerCandidate > 0) {
      ensureReachable(graph, districts, candidates, weights, reach, min, lower, upper, pairs);
    }
    // all flow enters at the source and leaves at the sink
    MinimumCostFlowProblem<Object, DefaultWeightedEdge> flowProblem =
        new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(graph,
            v -> v == source ? n : v == sink ? -n : 0, upper::get, lower::get);
    MinimumCostFlow<DefaultWeightedEdge> flow;
    try {
      flow = new CapacityScalingMinimumCostFlow<Object, DefaultWeightedEdge>().getMinimumCostFlow(flowProblem);
    } catch (IllegalArgumentException e) {
      throw new Infeasible("the minimums cannot be met: " + e.getMessage());
    }
    List<Pair> chosen = new ArrayList<>();
    double total = 0;
    for (Map.Entry<DefaultWeightedEdge, Pair> arc : pairs.entrySet()) {
      if (flow.getFlow(arc.getKey()) > 0.5) {
        chosen.add(arc.getValue());
        total += arc.getValue().score().cost() - PairScore.OFFSET;
      }
    }
    chosen.sort(Comparator.comparing((Pair p) -> p.district().code()).thenComparing(p -> p.candidate().id()));
    return new Solution(chosen, total);
  }

  /** With pruned arcs, gives each district enough arcs (its cheapest candidates) to reach its minimum. */
  private static void ensureReachable(Graph<Object, DefaultWeightedEdge> graph, List<DistrictNeed> districts,
      List<Candidate> candidates, MatchingWeights weights, int[] reach, int min,
      Map<DefaultWeightedEdge, Integer> lower, Map<DefaultWeightedEdge, Integer> upper,
      Map<DefaultWeightedEdge, Pair> pairs) {
    for (int i = 0; i < districts.size(); i++) {
      DistrictNeed d = districts.get(i);
      if (reach[i] >= 4 * min) {
        continue;
      }
      List<Pair> extra = new ArrayList<>();
      for (Candidate c : candidates) {
        if (!graph.containsEdge(c, d)) {
          extra.add(new Pair(c, d, PairScore.of(c, d, weights)));
        }
      }
      extra.sort(Comparator.comparingDouble(p -> p.score().cost()));
      for (Pair p : extra.subList(0, Math.min(extra.size(), 4 * min - reach[i]))) {
        DefaultWeightedEdge arc = graph.addEdge(p.candidate(), d);
        graph.setEdgeWeight(arc, p.score().cost());
        lower.put(arc, 0);
        upper.put(arc, 1);
        pairs.put(arc, p);
      }
    }
  }
}
