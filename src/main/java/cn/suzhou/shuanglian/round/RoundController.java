package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.demand.DemandCollectionFinder;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.round.RoundView.DistrictProgress;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Selection rounds (P-01) and their supply–demand comparison (P-04). A round is opened by starting
 * the {@code selectionRound} process (Tasklist or {@code /engine-rest}); this API reads it.
 */
@RestController
@RequestMapping("/api/rounds")
@Tag(name = "选派轮次 Selection rounds", description = "Rounds, each district's progress and the supply–demand comparison")
public class RoundController {

  private final SelectionRoundRepository rounds;
  private final DemandCollectionFinder collections;
  private final SupplyDemandComparison comparison;
  private final CurrentUsers currentUsers;

  public RoundController(SelectionRoundRepository rounds, DemandCollectionFinder collections,
      SupplyDemandComparison comparison, CurrentUsers currentUsers) {
    this.rounds = rounds;
    this.collections = collections;
    this.comparison = comparison;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "Every round, newest first (cancelled ones included); districts limited to the caller's")
  public List<RoundView> list() {
    CurrentUser reader = currentUsers.current();
    return rounds.findAllByOrderByRoundYearDescIdDesc().stream().map(r -> view(r, reader)).toList();
  }

  @GetMapping("/{year}")
  @Transactional(readOnly = true)
  @Operation(summary = "The live round of a year with the progress of each district the caller may read")
  public RoundView get(@PathVariable int year) {
    return view(live(year), currentUsers.current());
  }

  @GetMapping("/{year}/supply-demand")
  @Transactional(readOnly = true)
  @Operation(summary = "The supply–demand comparison (P-04), once every district's list is approved "
      + "(city bureau and process managers)")
  public SupplyDemandSummary supplyDemand(@PathVariable int year) {
    CurrentUser reader = currentUsers.current();
    if (!reader.readsAllDistricts()) {
      throw ApiException.forbidden("round.supplyDemand.cityOnly");
    }
    SelectionRound round = live(year);
    if (round.getSummaryCompiledAt() == null) {
      throw ApiException.conflict("round.supplyDemand.notYet", String.valueOf(year));
    }
    return comparison.read(round);
  }

  private SelectionRound live(int year) {
    return rounds.findByActiveYear(year).orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(year)));
  }

  private RoundView view(SelectionRound r, CurrentUser reader) {
    List<DistrictProgress> progress = collections.findByRoundIdOrderByDistrictSortOrder(r.getId()).stream()
        .filter(c -> reader.readsAllDistricts() || reader.districtCodes().contains(c.getDistrict().getCode()))
        .map(c -> new DistrictProgress(c.getDistrict().getCode(), c.getDistrict().getName(), c.getStatus(),
            c.getSubmittedAt(), c.getApprovedAt()))
        .toList();
    return new RoundView(r.getId(), r.getRoundYear(), r.getStatus(), r.getCollectionDeadline(), r.getProcessInstanceId(),
        r.getOpenedBy(), r.getOpenedAt(), r.getDistrictCodes(), progress, r.getSummaryCompiledAt(),
        r.getSummaryReviewedBy(), r.getSummaryReviewedAt(), r.getSummaryReviewNote());
  }
}
