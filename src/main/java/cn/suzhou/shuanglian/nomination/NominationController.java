package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.nomination.NominationView.CountersignView;
import cn.suzhou.shuanglian.nomination.NominationView.NomineeView;
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
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A round's preliminary list (P-03, P-07, P-08, P-12(2), P-13) for integrators: the city bureau,
 * process managers and the co-departments read all of it; a source unit reads its own staff.
 */
@RestController
@RequestMapping("/api/rounds/{year}/nomination")
@Tag(name = "人选提名 Nomination", description = "The preliminary list: eligibility, releases by source units, countersignatures")
public class NominationController {

  private final SelectionRounds rounds;
  private final NominationRepository nominations;
  private final NomineeRepository nominees;
  private final CountersignRepository countersigns;
  private final NominationService service;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public NominationController(SelectionRounds rounds, NominationRepository nominations,
      NomineeRepository nominees, CountersignRepository countersigns, NominationService service,
      CurrentUsers currentUsers, Messages messages) {
    this.rounds = rounds;
    this.nominations = nominations;
    this.nominees = nominees;
    this.countersigns = countersigns;
    this.service = service;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping
  @Transactional(readOnly = true)
  @Operation(summary = "The list with each candidate's eligibility outcome and release, and every countersignature; "
      + "candidates optionally of one commissioner level (P-13)")
  public NominationView get(@PathVariable int year, @Parameter(description = LevelFilter.DESCRIPTION,
      schema = @Schema(allowableValues = {"PROVINCIAL", "MUNICIPAL"}))
      @RequestParam(name = LevelFilter.PARAMETER, required = false) String level) {
    CurrentUser reader = currentUsers.current();
    boolean all = reader.readsAllDistricts() || reader.isCoDepartment();
    if (!all && reader.sourceUnitCodes().isEmpty()) {
      throw ApiException.forbidden("nomination.api.forbidden");
    }
    LevelFilter filter = LevelFilter.parse(level, messages);
    SelectionRound round = rounds.findByActiveYear(year)
        .orElseThrow(() -> ApiException.notFound("round.notFound", String.valueOf(year)));
    Nomination nomination = nominations.findByRoundId(round.getId())
        .orElseThrow(() -> ApiException.notFound("nomination.api.notYet", String.valueOf(year)));
    return new NominationView(year, nomination.getStatus(), nomination.getCountersignAttempt(),
        nomination.getFinalisedAt(),
        nominees.findByNominationIdOrderById(nomination.getId()).stream()
            .filter(n -> all || reader.sourceUnitCodes().contains(n.getCommissioner().getSourceUnit().getCode()))
            .filter(n -> filter.admits(n.getCommissioner()))
            .map(NomineeView::of).toList(),
        all ? countersigns.findByNominationIdOrderByAttemptNoAscIdAsc(nomination.getId()).stream()
            .map(c -> new CountersignView(c.getAttemptNo(), c.getDepartmentGroup(),
                service.departmentName(c.getDepartmentGroup()), c.getDecision(), c.getComment(), c.getSignedBy(),
                c.getSignedAt()))
            .toList() : java.util.List.of());
  }
}
