package cn.suzhou.shuanglian.matching;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitFinder;
import cn.suzhou.shuanglian.matching.MatchView.ServiceUnitRef;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRounds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A round's matching (P-11) for integrators: the city bureau and process managers read every
 * pair; a district official reads the pairs of their own district; others are refused.
 */
@RestController
@RequestMapping("/api/rounds/{year}/matches")
@Tag(name = "分组匹配 Matching", description = "Each commissioner's district with the reasons, and their service units")
public class MatchingController {

  private final SelectionRounds rounds;
  private final MatchingService matching;
  private final ServiceUnitFinder serviceUnits;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public MatchingController(SelectionRounds rounds, MatchingService matching,
      ServiceUnitFinder serviceUnits, CurrentUsers currentUsers, Messages messages) {
    this.rounds = rounds;
    this.matching = matching;
    this.serviceUnits = serviceUnits;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "The pairs the caller may read (proposed until the city finalises, then final), optionally "
      + "of one commissioner level (P-13)")
  public List<MatchView> list(@PathVariable int year, @Parameter(description = LevelFilter.DESCRIPTION,
      schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level) {
    CurrentUser reader = currentUsers.current();
    if (!reader.readsAllDistricts() && reader.districtCodes().isEmpty()) {
      throw ApiException.forbidden("matching.api.forbidden");
    }
    LevelFilter filter = LevelFilter.parse(level, messages);
    SelectionRound round = rounds.findByActiveYear(year)
        .orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(year)));
    Map<Long, ServiceUnit> units = serviceUnits.findByCollectionRoundIdOrderById(round.getId()).stream()
        .collect(Collectors.toMap(ServiceUnit::getId, Function.identity()));
    return matching.matchesOf(round).stream()
        .filter(m -> reader.readsAllDistricts() || reader.districtCodes().contains(m.getDistrict().getCode()))
        .filter(m -> filter.admits(m.getCommissioner()))
        .map(m -> new MatchView(m.getCommissioner().getId(), m.getCommissioner().getName(),
            m.getCommissioner().getSourceUnit().getName(), m.getCommissioner().getIndustryGroup().getCode(),
            m.getCommissioner().getIndustryGroup().getName(),
            m.getCommissioner().getLevel() == CommissionerLevel.PROVINCIAL, m.getCommissioner().getLevel(),
            m.getCommissioner().getLevel().label(), m.getDistrict().getCode(),
            m.getDistrict().getName(), m.getStatus(), m.isSameGroup(), m.getDistanceKm(), m.getExplanation(),
            m.isChangedByCity(), m.getServiceUnitIds().stream().map(units::get).filter(java.util.Objects::nonNull)
                .map(u -> new ServiceUnitRef(u.getId(), u.getEnterprise().getCreditCode(), u.getEnterprise().getName()))
                .toList()))
        .toList();
  }
}
