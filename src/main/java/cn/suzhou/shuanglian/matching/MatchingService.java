package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.demand.DemandStatus;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitFinder;
import cn.suzhou.shuanglian.demand.TechnologyDemand;
import cn.suzhou.shuanglian.demand.TechnologyDemandFinder;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.matching.MatchingProblem.Candidate;
import cn.suzhou.shuanglian.matching.MatchingProblem.DemandText;
import cn.suzhou.shuanglian.matching.MatchingProblem.DistrictNeed;
import cn.suzhou.shuanglian.matching.MatchingSolver.Pair;
import cn.suzhou.shuanglian.matching.MatchingSolver.Solution;
import cn.suzhou.shuanglian.nomination.Nomination;
import cn.suzhou.shuanglian.nomination.NominationFinder;
import cn.suzhou.shuanglian.nomination.Nominee;
import cn.suzhou.shuanglian.nomination.NomineeFinder;
import cn.suzhou.shuanglian.nomination.ReleaseStatus;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.Characters;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.RoundProperties;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Grouping and matching of a round (分组匹配, P-01, P-02, P-11): computes the proposal from the final
 * list and the districts' approved demands, records each district's answer, re-checks whatever the
 * city bureau changed before it becomes final, and pairs each commissioner with service units.
 */
@Service
@Transactional
public class MatchingService {

  private final RoundMatchRepository matches;
  private final MatchConfirmationRepository confirmations;
  private final NominationFinder nominations;
  private final NomineeFinder nominees;
  private final Districts districts;
  private final TechnologyDemandFinder demands;
  private final ServiceUnitFinder serviceUnits;
  private final MatchingTaskRepository tasks;
  private final Messages messages;
  private final RoundProperties properties;

  public MatchingService(RoundMatchRepository matches, MatchConfirmationRepository confirmations,
      NominationFinder nominations, NomineeFinder nominees, Districts districts,
      TechnologyDemandFinder demands, ServiceUnitFinder serviceUnits, MatchingTaskRepository tasks,
      Messages messages, RoundProperties properties) {
    this.matches = matches;
    this.confirmations = confirmations;
    this.nominations = nominations;
    this.nominees = nominees;
    this.districts = districts;
    this.demands = demands;
    this.serviceUnits = serviceUnits;
    this.tasks = tasks;
    this.messages = messages;
    this.properties = properties;
  }

  /** The commissioners of the round's final list (released by their source units). */
  @Transactional(readOnly = true)
  public List<Commissioner> finalList(SelectionRound round) {
    Nomination nomination = nominations.findByRoundId(round.getId()).orElseThrow();
    return nominees.findByNominationIdOrderById(nomination.getId()).stream()
        .filter(n -> n.getReleaseStatus() == ReleaseStatus.RELEASED).map(Nominee::getCommissioner).toList();
  }


  private List<DistrictNeed> needs(SelectionRound round) {
    Map<String, List<TechnologyDemand>> approved = demands.findByCollectionRoundIdOrderById(round.getId()).stream()
        .filter(d -> d.getStatus() == DemandStatus.APPROVED)
        .collect(Collectors.groupingBy(d -> d.getCollection().getDistrict().getCode()));
    List<DistrictNeed> needs = new ArrayList<>();
    for (String code : round.getDistrictCodes()) {
      District d = districts.findById(code).orElseThrow();
      List<TechnologyDemand> list = approved.getOrDefault(code, List.of());
      Map<String, Integer> byGroup = new HashMap<>();
      list.forEach(t -> byGroup.merge(t.getIndustryGroup().getCode(), 1, Integer::sum));
      needs.add(new DistrictNeed(code, d.getName(), d.getLatitude().doubleValue(), d.getLongitude().doubleValue(),
          byGroup, list.stream().map(t -> new DemandText(t.getIndustryGroup().getCode(), t.getTitle(),
              t.getDescription())).toList()));
    }
    return needs;
  }

  private static Candidate candidate(Commissioner c) {
    return new Candidate(c.getId(), c.getName(), c.getIndustryGroup().getCode(),
        c.getSourceUnit().getLatitude().doubleValue(), c.getSourceUnit().getLongitude().doubleValue(),
        c.getSourceUnit().isInCity(), c.getExpertise());
  }

  /**
   * Computes and stores the proposal (replacing an earlier one of the round). Too few commissioners
   * for the minimums cannot happen after nomination's capacity check; if it does, it is a fault.
   */
  public List<RoundMatch> propose(SelectionRound round) {
    List<Commissioner> finalList = finalList(round);
    MatchingProblem problem = new MatchingProblem(finalList.stream().map(MatchingService::candidate).toList(),
        needs(round), properties.minPerDistrict());
    Solution solution = MatchingSolver.solve(problem, MatchingWeights.DEFAULT);
    Map<Long, Commissioner> byId = finalList.stream()
        .collect(Collectors.toMap(Commissioner::getId, Function.identity()));
    matches.deleteAll(matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId()));
    matches.flush();
    List<RoundMatch> saved = new ArrayList<>();
    for (Pair pair : solution.pairs()) {
      Commissioner c = byId.get(pair.candidate().id());
      saved.add(matches.save(new RoundMatch(round, c, districts.getReferenceById(pair.district().code()),
          pair.score().sameGroup(), (int) Math.round(pair.score().distanceKm()),
          pair.score().explain(c.getIndustryGroup().getName(), c.getSourceUnit().isInCity()))));
    }
    round.moveTo(RoundStatus.MATCHING);
    return saved;
  }

  /** One commissioner proposed for a district, as the district's confirmation task shows them. */
  public record DistrictMatchLine(Long commissionerId, String name, String sourceUnitName, String industryGroupName,
      String districtCode, String districtName, int distanceKm, String explanation) {}

  /** What one district's confirmation task shows: the district and its part of the proposal. */
  public record Confirmation(String districtName, List<DistrictMatchLine> matches) {}

  /**
   * Opens one district's confirmation task (P-11): the district must be one of the round's; it is
   * recorded as the district the task (activity instance) answers for.
   */
  public Confirmation askConfirmation(SelectionRound round, String districtCode, String activityInstanceId) {
    if (!round.getDistrictCodes().contains(districtCode)) {
      throw new IllegalStateException("district " + districtCode + " is not one of round " + round.getId());
    }
    District district = districts.findById(districtCode).orElseThrow();
    tasks.save(new MatchingTask(round, district, activityInstanceId, ClockUtil.getCurrentTime().toInstant()));
    List<DistrictMatchLine> rows = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId()).stream()
        .filter(m -> m.getDistrict().getCode().equals(districtCode))
        .map(m -> new DistrictMatchLine(m.getCommissioner().getId(), m.getCommissioner().getName(),
            m.getCommissioner().getSourceUnit().getName(), m.getCommissioner().getIndustryGroup().getName(),
            m.getDistrict().getCode(), m.getDistrict().getName(), m.getDistanceKm(), m.getExplanation()))
        .toList();
    return new Confirmation(district.getName(), rows);
  }

  /**
   * Records a district's answer: confirmed, or changes asked for with a reason (P-11). The district is
   * the one recorded for the task when it was opened, one of the round's; only an official of that
   * district (a member of its group) may answer.
   */
  public void confirm(SelectionRound round, String activityInstanceId, CurrentUser actor, String decision,
      String comment) {
    MatchingTask task = tasks.findByActivityInstanceId(activityInstanceId)
        .filter(t -> t.getRound().getId().equals(round.getId()))
        .orElseThrow(() -> new IllegalStateException("task " + activityInstanceId + " is not one of round "
            + round.getId()));
    District district = task.getDistrict();
    if (!round.getDistrictCodes().contains(district.getCode())) {
      throw new IllegalStateException("district " + district.getCode() + " is not one of round " + round.getId());
    }
    if (!actor.districtCodes().contains(district.getCode())) {
      throw new ProcessRuleViolation(MatchingContract.CONFIRMATION_DECISION.name(),
          messages.get("matching.confirm.notYourDistrict", district.getName()));
    }
    if (!MatchingContract.CONFIRM.equals(decision) && !MatchingContract.REQUEST_CHANGE.equals(decision)) {
      throw new ProcessRuleViolation(MatchingContract.CONFIRMATION_DECISION.name(),
          messages.get("matching.confirm.decisionRequired"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if (MatchingContract.REQUEST_CHANGE.equals(decision) && text == null) {
      throw new ProcessRuleViolation(MatchingContract.CONFIRMATION_COMMENT.name(),
          messages.get("matching.confirm.reasonRequired"));
    }
    if (text != null && Characters.count(text) > 1000) {
      throw new ProcessRuleViolation(MatchingContract.CONFIRMATION_COMMENT.name(),
          messages.get("matching.confirm.tooLong", 1000));
    }
    confirmations.save(new MatchConfirmation(round.getId(), district.getCode(), decision, text, actor.userId(),
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** One district's line of the city's final task: how many are matched to it and its answer. */
  public record DistrictCount(String districtName, long count, String confirmation) {}

  /** What the city bureau's final task shows: every pair, the counts per district, the districts' requests. */
  public record FinalView(List<MatchRow> matches, List<DistrictCount> counts, String requests, int minPerDistrict) {}

  /** What the city bureau's final task shows: every pair, the counts per district, the districts' answers. */
  @Transactional(readOnly = true)
  public FinalView finalView(SelectionRound round) {
    List<RoundMatch> all = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId());
    List<MatchRow> rows = all.stream().map(m -> new MatchRow(m.getCommissioner().getId(), m.getCommissioner().getName(),
        m.getCommissioner().getIndustryGroup().getName(), m.getDistrict().getCode(), m.getExplanation())).toList();
    Map<String, MatchConfirmation> answers = confirmations.findByRoundIdOrderById(round.getId()).stream()
        .collect(Collectors.toMap(MatchConfirmation::getDistrictCode, Function.identity(), (a, b) -> b));
    List<DistrictCount> counts = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (String code : round.getDistrictCodes()) {
      District d = districts.findById(code).orElseThrow();
      MatchConfirmation answer = answers.get(code);
      long count = all.stream().filter(m -> m.getDistrict().getCode().equals(code)).count();
      counts.add(new DistrictCount(d.getName(), count, answer == null ? ""
          : MatchingContract.CONFIRM.equals(answer.getDecision())
              ? messages.get("matching.answer.confirmed") : messages.get("matching.answer.change")));
      if (answer != null && answer.getComment() != null) {
        requests.add(messages.get("matching.answer.request", d.getName(), answer.getComment()));
      }
    }
    return new FinalView(rows, counts, requests.isEmpty() ? null : String.join("\n\n", requests),
        properties.minPerDistrict());
  }

  /**
   * P-01, P-02: the city bureau's final matching, re-checked whatever was changed — every commissioner
   * of the final list exactly once, only the round's districts, every district at least its minimum,
   * the round at least its total; a violation names the district and nothing is written.
   */
  public void finalise(SelectionRound round, List<MatchRow> rows) {
    String listName = MatchingContract.MATCHES.name();
    Map<Long, Commissioner> finalList = finalList(round).stream()
        .collect(Collectors.toMap(Commissioner::getId, Function.identity()));
    Map<String, District> roundDistricts = new LinkedHashMap<>();
    round.getDistrictCodes().forEach(code -> roundDistricts.put(code, districts.findById(code).orElseThrow()));
    List<Problem> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Map<Long, String> chosen = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      MatchRow row = rows.get(i);
      String at = listName + "[" + i + "]";
      if (row == null || row.commissionerId() == null || !finalList.containsKey(row.commissionerId())) {
        problems.add(new Problem(at + ".commissionerId", messages.get("matching.final.notNominated", i + 1,
            row == null ? "" : String.valueOf(row.commissionerId()))));
        continue;
      }
      String name = finalList.get(row.commissionerId()).getName();
      if (!seen.add(row.commissionerId())) {
        problems.add(new Problem(at + ".commissionerId", messages.get("matching.final.duplicate", i + 1, name)));
        continue;
      }
      if (row.districtCode() == null || !roundDistricts.containsKey(row.districtCode())) {
        problems.add(new Problem(at + ".districtCode", messages.get("matching.final.unknownDistrict", i + 1, name,
            String.valueOf(row.districtCode()))));
        continue;
      }
      chosen.put(row.commissionerId(), row.districtCode());
    }
    finalList.forEach((id, c) -> {
      if (!seen.contains(id)) {
        problems.add(new Problem(listName, messages.get("matching.final.missing", c.getName())));
      }
    });
    Map<String, Long> counts = chosen.values().stream().collect(Collectors.groupingBy(Function.identity(),
        Collectors.counting()));
    roundDistricts.forEach((code, d) -> {
      long count = counts.getOrDefault(code, 0L);
      if (count < properties.minPerDistrict()) {
        problems.add(new Problem(listName, messages.get("matching.final.districtShort", d.getName(),
            count, properties.minPerDistrict())));
      }
    });
    if (chosen.size() < properties.minPerRound()) {
      problems.add(new Problem(listName, messages.get("matching.final.totalShort", chosen.size(),
          properties.minPerRound())));
    }
    if (!problems.isEmpty()) {
      throw new ProcessRuleViolation(problems);
    }
    Map<String, DistrictNeed> needs = needs(round).stream()
        .collect(Collectors.toMap(DistrictNeed::code, Function.identity()));
    for (RoundMatch m : matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId())) {
      String target = chosen.get(m.getCommissioner().getId());
      if (!target.equals(m.getDistrict().getCode())) {
        Commissioner c = m.getCommissioner();
        PairScore score = PairScore.of(candidate(c), needs.get(target), MatchingWeights.DEFAULT);
        m.movedByCity(roundDistricts.get(target), score.sameGroup(), (int) Math.round(score.distanceKm()),
            messages.get("matching.final.moved") + score.explain(c.getIndustryGroup().getName(),
                c.getSourceUnit().isInCity()));
      }
      m.finalise();
    }
  }

  /**
   * P-11: pairs each commissioner with the district's service units whose approved demands are in
   * their industry group, best fitting first (up to three), or else the one whose demands fit the
   * expertise best; every commissioner gets at least one when the district has any.
   */
  public void pairServiceUnits(SelectionRound round) {
    Map<String, List<ServiceUnit>> unitsByDistrict = serviceUnits.findByCollectionRoundIdOrderById(round.getId())
        .stream().collect(Collectors.groupingBy(u -> u.getCollection().getDistrict().getCode()));
    Map<Long, List<TechnologyDemand>> demandsByUnit = demands.findByCollectionRoundIdOrderById(round.getId()).stream()
        .filter(d -> d.getStatus() == DemandStatus.APPROVED)
        .collect(Collectors.groupingBy(d -> d.getServiceUnit().getId()));
    for (RoundMatch m : matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId())) {
      Commissioner c = m.getCommissioner();
      Set<String> expertise = PairScore.bigrams(c.getExpertise());
      record Fit(ServiceUnit unit, boolean sameGroup, double similarity) {}
      List<Fit> fits = new ArrayList<>();
      for (ServiceUnit unit : unitsByDistrict.getOrDefault(m.getDistrict().getCode(), List.of())) {
        List<TechnologyDemand> list = demandsByUnit.getOrDefault(unit.getId(), List.of());
        boolean same = list.stream().anyMatch(d -> d.getIndustryGroup().getCode().equals(c.getIndustryGroup().getCode()));
        double similarity = list.stream().mapToDouble(d -> PairScore.overlap(expertise,
            PairScore.bigrams(d.getTitle() + d.getDescription()))).max().orElse(0);
        fits.add(new Fit(unit, same, similarity));
      }
      fits.sort(Comparator.comparing((Fit f) -> !f.sameGroup()).thenComparing(f -> -f.similarity()));
      List<Fit> sameGroup = fits.stream().filter(Fit::sameGroup).limit(3).toList();
      List<Fit> pick = sameGroup.isEmpty() ? fits.stream().limit(1).toList() : sameGroup;
      m.serve(pick.stream().map(f -> f.unit().getId()).collect(Collectors.toCollection(LinkedHashSet::new)));
    }
    round.moveTo(RoundStatus.MATCHED);
  }

  @Transactional(readOnly = true)
  public List<RoundMatch> matchesOf(SelectionRound round) {
    return matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId());
  }
}
