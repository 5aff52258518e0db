package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.demand.DemandStatus;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitRepository;
import cn.suzhou.shuanglian.demand.TechnologyDemand;
import cn.suzhou.shuanglian.demand.TechnologyDemandRepository;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.matching.MatchingProblem.Candidate;
import cn.suzhou.shuanglian.matching.MatchingProblem.DemandText;
import cn.suzhou.shuanglian.matching.MatchingProblem.DistrictNeed;
import cn.suzhou.shuanglian.matching.MatchingSolver.Pair;
import cn.suzhou.shuanglian.matching.MatchingSolver.Solution;
import cn.suzhou.shuanglian.nomination.Nomination;
import cn.suzhou.shuanglian.nomination.NominationRepository;
import cn.suzhou.shuanglian.nomination.Nominee;
import cn.suzhou.shuanglian.nomination.NomineeRepository;
import cn.suzhou.shuanglian.nomination.ReleaseStatus;
import cn.suzhou.shuanglian.platform.process.JsonVariables;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
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
  private final NominationRepository nominations;
  private final NomineeRepository nominees;
  private final DistrictRepository districts;
  private final TechnologyDemandRepository demands;
  private final ServiceUnitRepository serviceUnits;
  private final JsonVariables json;
  private final Messages messages;
  private final RoundProperties properties;

  public MatchingService(RoundMatchRepository matches, MatchConfirmationRepository confirmations,
      NominationRepository nominations, NomineeRepository nominees, DistrictRepository districts,
      TechnologyDemandRepository demands, ServiceUnitRepository serviceUnits, JsonVariables json, Messages messages,
      RoundProperties properties) {
    this.matches = matches;
    this.confirmations = confirmations;
    this.nominations = nominations;
    this.nominees = nominees;
    this.districts = districts;
    this.demands = demands;
    this.serviceUnits = serviceUnits;
    this.json = json;
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

  /** A district's part of the proposal, as its confirmation task shows it. */
  @Transactional(readOnly = true)
  public Object districtMatches(SelectionRound round, String districtCode) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RoundMatch m : matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId())) {
      if (m.getDistrict().getCode().equals(districtCode)) {
        rows.add(row(m));
      }
    }
    return json.of(rows);
  }

  private static Map<String, Object> row(RoundMatch m) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("commissionerId", m.getCommissioner().getId());
    row.put("name", m.getCommissioner().getName());
    row.put("sourceUnitName", m.getCommissioner().getSourceUnit().getName());
    row.put("industryGroupName", m.getCommissioner().getIndustryGroup().getName());
    row.put("districtCode", m.getDistrict().getCode());
    row.put("districtName", m.getDistrict().getName());
    row.put("distanceKm", m.getDistanceKm());
    row.put("explanation", m.getExplanation());
    return row;
  }

  /** Records a district's answer: confirmed, or changes asked for with a reason (P-11). */
  public void confirm(SelectionRound round, String districtCode, String decision, String comment, String userId) {
    if (!"CONFIRM".equals(decision) && !"REQUEST_CHANGE".equals(decision)) {
      throw new ProcessRuleViolation(MatchingVariables.CONFIRMATION_DECISION,
          messages.get("matching.confirm.decisionRequired"));
    }
    String text = comment == null || comment.isBlank() ? null : comment.strip();
    if ("REQUEST_CHANGE".equals(decision) && text == null) {
      throw new ProcessRuleViolation(MatchingVariables.CONFIRMATION_COMMENT,
          messages.get("matching.confirm.reasonRequired"));
    }
    if (text != null && text.length() > 1000) {
      throw new ProcessRuleViolation(MatchingVariables.CONFIRMATION_COMMENT,
          messages.get("matching.confirm.tooLong", 1000));
    }
    confirmations.save(new MatchConfirmation(round.getId(), districtCode, decision, text, userId,
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** What the city bureau's final task shows: every pair, the counts per district, the districts' answers. */
  @Transactional(readOnly = true)
  public Map<String, Object> finalVariables(SelectionRound round) {
    List<RoundMatch> all = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(round.getId());
    List<MatchRow> rows = all.stream().map(m -> new MatchRow(m.getCommissioner().getId(), m.getCommissioner().getName(),
        m.getCommissioner().getIndustryGroup().getName(), m.getDistrict().getCode(), m.getExplanation())).toList();
    Map<String, MatchConfirmation> answers = confirmations.findByRoundIdOrderById(round.getId()).stream()
        .collect(Collectors.toMap(MatchConfirmation::getDistrictCode, Function.identity(), (a, b) -> b));
    List<Map<String, Object>> counts = new ArrayList<>();
    List<String> requests = new ArrayList<>();
    for (String code : round.getDistrictCodes()) {
      District d = districts.findById(code).orElseThrow();
      MatchConfirmation answer = answers.get(code);
      Map<String, Object> line = new LinkedHashMap<>();
      line.put("districtName", d.getName());
      line.put("count", all.stream().filter(m -> m.getDistrict().getCode().equals(code)).count());
      line.put("confirmation", answer == null ? "" : "CONFIRM".equals(answer.getDecision())
          ? messages.get("matching.answer.confirmed") : messages.get("matching.answer.change"));
      counts.add(line);
      if (answer != null && answer.getComment() != null) {
        requests.add(messages.get("matching.answer.request", d.getName(), answer.getComment()));
      }
    }
    Map<String, Object> variables = new HashMap<>();
    variables.put(MatchingVariables.MATCHES, json.of(rows));
    variables.put(MatchingVariables.DISTRICT_COUNTS, json.of(counts));
    variables.put(MatchingVariables.DISTRICT_REQUESTS, requests.isEmpty() ? null : String.join("\n\n", requests));
    variables.put(MatchingVariables.MIN_PER_DISTRICT, properties.minPerDistrict());
    return variables;
  }

  /**
   * P-01, P-02: the city bureau's final matching, re-checked whatever was changed — every commissioner
   * of the final list exactly once, only the round's districts, every district at least its minimum,
   * the round at least its total; a violation names the district and nothing is written.
   */
  public void finalise(SelectionRound round, List<MatchRow> rows) {
    Map<Long, Commissioner> finalList = finalList(round).stream()
        .collect(Collectors.toMap(Commissioner::getId, Function.identity()));
    Map<String, District> roundDistricts = new LinkedHashMap<>();
    round.getDistrictCodes().forEach(code -> roundDistricts.put(code, districts.findById(code).orElseThrow()));
    List<Problem> problems = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    Map<Long, String> chosen = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      MatchRow row = rows.get(i);
      String at = MatchingVariables.MATCHES + "[" + i + "]";
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
        problems.add(new Problem(MatchingVariables.MATCHES, messages.get("matching.final.missing", c.getName())));
      }
    });
    Map<String, Long> counts = chosen.values().stream().collect(Collectors.groupingBy(Function.identity(),
        Collectors.counting()));
    roundDistricts.forEach((code, d) -> {
      long count = counts.getOrDefault(code, 0L);
      if (count < properties.minPerDistrict()) {
        problems.add(new Problem(MatchingVariables.MATCHES, messages.get("matching.final.districtShort", d.getName(),
            count, properties.minPerDistrict())));
      }
    });
    if (chosen.size() < properties.minPerRound()) {
      problems.add(new Problem(MatchingVariables.MATCHES, messages.get("matching.final.totalShort", chosen.size(),
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
