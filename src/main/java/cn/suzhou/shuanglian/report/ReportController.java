package cn.suzhou.shuanglian.report;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementStatus;
import cn.suzhou.shuanglian.agreement.Agreements;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.matching.MatchingService;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.ApiException.FieldProblem;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.report.LevelReport.Line;
import cn.suzhou.shuanglian.report.LevelReport.Total;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRounds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reports for the city bureau's coordination of provincial- and city-level commissioners (P-13).
 * The city bureau and process managers read every district; a district official their own
 * district(s); others are refused, as for a round's matches and agreements.
 */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "统计报表 Reports", description = "Counts of commissioners per district and level (P-13)")
public class ReportController {

  private final SelectionRounds rounds;
  private final Districts districts;
  private final MatchingService matching;
  private final Agreements agreements;
  private final Dispatches dispatches;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public ReportController(SelectionRounds rounds, Districts districts, MatchingService matching,
      Agreements agreements, Dispatches dispatches, CurrentUsers currentUsers, Messages messages) {
    this.rounds = rounds;
    this.districts = districts;
    this.matching = matching;
    this.agreements = agreements;
    this.dispatches = dispatches;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping("/commissioners-by-level")
  @Transactional(readOnly = true)
  @Operation(summary = "A round's commissioners per district and level (省级/市级, P-13): matched, signed, serving now; "
      + "the city and process managers every district, a district official their own")
  public LevelReport commissionersByLevel(
      @Parameter(description = "the round's year, e.g. 2025", required = true, example = "2025")
      @RequestParam(name = "year", required = false) String year,
      @Parameter(description = LevelFilter.DESCRIPTION, schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level) {
    CurrentUser reader = currentUsers.current();
    if (!reader.readsAllDistricts() && reader.districtCodes().isEmpty()) {
      throw ApiException.forbidden("report.forbidden");
    }
    List<FieldProblem> problems = new ArrayList<>();
    Integer roundYear = parseYear(year, problems);
    LevelFilter filter = LevelFilter.ANY;
    try {
      filter = LevelFilter.parse(level, messages);
    } catch (ApiException e) {
      problems.addAll(e.fieldProblems());
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    SelectionRound round = rounds.findByActiveYear(roundYear)
        .orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(roundYear)));
    Predicate<String> visible = code -> reader.readsAllDistricts() || reader.districtCodes().contains(code);

    Map<String, int[]> counts = new HashMap<>();
    Set<String> codes = new LinkedHashSet<>(round.getDistrictCodes());
    for (RoundMatch m : matching.matchesOf(round)) {
      if (m.getStatus() != RoundMatch.Status.DECLINED) {
        count(counts, codes, m.getDistrict().getCode(), m.getCommissioner().getLevel(), 0);
      }
    }
    for (Agreement a : agreements.findByRoundIdOrderById(round.getId())) {
      if (a.getStatus() == AgreementStatus.SIGNED) {
        count(counts, codes, a.getDistrict().getCode(), a.getCommissioner().getLevel(), 1);
      }
    }
    for (Dispatch d : dispatches.findByAgreementRoundIdOrderById(round.getId())) {
      if (d.getStatus() == DispatchStatus.ACTIVE) {
        count(counts, codes, d.getDistrict().getCode(), d.getCommissioner().getLevel(), 2);
      }
    }

    List<CommissionerLevel> levels = Arrays.stream(CommissionerLevel.values()).filter(filter::admits).toList();
    List<District> shown = districts.findAllById(codes).stream().filter(d -> visible.test(d.getCode()))
        .sorted(Comparator.comparingInt(District::getSortOrder)).toList();
    List<Line> lines = new ArrayList<>();
    Map<CommissionerLevel, int[]> totals = new HashMap<>();
    for (District district : shown) {
      for (CommissionerLevel l : levels) {
        int[] c = counts.getOrDefault(key(district.getCode(), l), new int[3]);
        lines.add(new Line(district.getCode(), district.getName(), l, l.label(), c[0], c[1], c[2]));
        int[] t = totals.computeIfAbsent(l, x -> new int[3]);
        for (int i = 0; i < 3; i++) {
          t[i] += c[i];
        }
      }
    }
    List<Total> totalLines = levels.stream().map(l -> {
      int[] t = totals.getOrDefault(l, new int[3]);
      return new Total(l, l.label(), t[0], t[1], t[2]);
    }).toList();
    return new LevelReport(round.getRoundYear(), round.getStatus(), filter.level(), lines, totalLines);
  }

  private Integer parseYear(String year, List<FieldProblem> problems) {
    if (year == null || year.isBlank()) {
      problems.add(new FieldProblem("year", messages.get("report.param.yearRequired")));
      return null;
    }
    try {
      return Integer.valueOf(year.strip());
    } catch (NumberFormatException e) {
      problems.add(new FieldProblem("year", messages.get("report.param.yearInvalid", year)));
      return null;
    }
  }

  private static void count(Map<String, int[]> counts, Set<String> codes, String district, CommissionerLevel level,
      int column) {
    codes.add(district);
    counts.computeIfAbsent(key(district, level), k -> new int[3])[column]++;
  }

  private static String key(String district, CommissionerLevel level) {
    return district + "|" + level.name();
  }
}
