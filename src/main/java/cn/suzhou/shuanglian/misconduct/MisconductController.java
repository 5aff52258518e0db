package cn.suzhou.shuanglian.misconduct;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;

import static cn.suzhou.shuanglian.misconduct.MisconductContract.*;

import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Misconduct cases (违纪处理, P-17) for integrators: a report starts {@code misconductCase} as the caller;
 * readers see what P-14 lets them — the city bureau and process managers every case, a district its own
 * district's, a source unit its own staff's, an enterprise contact the cases it reported, the commissioner
 * their own cases without who reported them.
 */
@RestController
@RequestMapping("/api/misconduct-cases")
@Tag(name = "违纪处理 Misconduct cases",
    description = "Reports against a commissioner, the district's investigation and the city's decision (P-17)")
public class MisconductController {

  private final RuntimeService runtimeService;
  private final MisconductCaseRepository cases;
  private final MisconductService service;
  private final CurrentUsers currentUsers;

  public MisconductController(RuntimeService runtimeService, MisconductCaseRepository cases, MisconductService service,
      CurrentUsers currentUsers) {
    this.runtimeService = runtimeService;
    this.cases = cases;
    this.service = service;
    this.currentUsers = currentUsers;
  }

  @GetMapping
  @Operation(summary = "Misconduct cases the caller may read, newest first; paged",
      description = "The city bureau and process managers read every case; a district its own district's; a source "
          + "unit its own staff's; an enterprise contact the cases it reported; the commissioner their own cases, "
          + "the reporter masked (as for the source unit).")
  @ApiResponse(responseCode = "200", description = "the readable cases, filtered")
  @PageQueryParameters
  public ResponseEntity<List<MisconductCaseView>> list(
      @Parameter(description = "only this district's cases", example = "341302")
      @RequestParam(name = "district", required = false) String district,
      @Parameter(description = "only cases in this status", example = "REPORTED")
      @RequestParam(name = "status", required = false) String status,
      @Parameter(hidden = true) Pageable pageable) {
    MisconductStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = MisconductStatus.valueOf(status.strip());
      } catch (IllegalArgumentException e) {
        throw ApiException.invalid(List.of(new ApiException.FieldProblem("status",
            service.message("misconduct.api.statusUnknown", status))));
      }
    }
    return PagedList.of(service.readable(currentUsers.current(),
        district == null || district.isBlank() ? null : district.strip(), wanted, pageable));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One misconduct case")
  @ApiResponse(responseCode = "200", description = "the case (reporter masked for the commissioner and source unit)")
  @ApiResponse(responseCode = "404", description = "no such case, or not one the caller may read")
  public MisconductCaseView get(@PathVariable Long id) {
    CurrentUser user = currentUsers.current();
    MisconductCase c = cases.findWithDispatchById(id)
        .filter(found -> service.readableBy(user, found))
        .orElseThrow(() -> ApiException.notFound("misconduct.api.unknown", id));
    return service.view(user, c);
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Report misconduct (starts misconductCase as the caller)",
      description = "The district of the dispatch, the contact of an enterprise the dispatch serves, or the city bureau "
          + "reports a running dispatch's commissioner, naming the dispatch by id or agreement number. The process rule "
          + "checks every field (a running dispatch the caller manages, a P-17 category, facts of at least 20 "
          + "characters, a day of occurrence within the dispatch and not in the future, evidence); a refusal is 400 "
          + "naming every field, and nothing is written. The district then investigates (调查核实), the city decides.")
  @ApiResponse(responseCode = "201", description = "the case, REPORTED")
  @ApiResponse(responseCode = "400", description = "invalid report; errors[] names each field and rule")
  @ApiResponse(responseCode = "403", description = "the caller's groups may not report misconduct")
  public MisconductCaseView report(@RequestBody MisconductReport request) {
    CurrentUser user = currentUsers.current();
    VariableMap variables = Variables.createVariables();
    DISPATCH_ID.in(variables, request.dispatchId());
    AGREEMENT_NO.in(variables, request.agreementNo());
    CATEGORY.in(variables, request.category());
    FACTS.in(variables, request.facts());
    // the day as the caller wrote it: the process rule names a malformed one in its refusal
    variables.putValue(OCCURRED_ON.name(), request.occurredOn());
    EVIDENCE.in(variables, request.evidence());
    ProcessInstance instance;
    try {
      // as the authenticated caller: the case's reporter is who starts it
      instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables).execute();
    } catch (org.camunda.bpm.engine.AuthorizationException e) {
      throw ApiException.forbidden("misconduct.api.mayNotReport");
    } catch (RuntimeException e) {
      // a refusal names the request's fields, not the process's variables
      throw ProcessRuleViolation.inRequestTerms(e, java.util.Map.of(CATEGORY.name(), "category", FACTS.name(), "facts"));
    }
    return service.view(user, service.ofCase(instance.getId()));
  }

  public record MisconductReport(
      @Schema(description = "the dispatch's id (or give agreementNo)", example = "1") Long dispatchId,
      @Schema(description = "the dispatch's agreement number (派驻协议编号), instead of dispatchId",
          example = "宿科协〔2025〕341302-1") String agreementNo,
      @Schema(description = "TRADE_SECRETS, INTERFERENCE, SOLICITING, UNFAIR_COMPETITION or OTHER", example = "SOLICITING")
      String category,
      @Schema(description = "what happened, at least 20 characters", example = "专员多次要求企业将检测业务交由其所在单位承接，并以不再对接高校资源相要挟。")
      String facts,
      @Schema(description = "the day it happened, ISO date, not in the future", example = "2025-05-20") String occurredOn,
      @Schema(description = "the evidence: documents, witnesses", example = "企业提供的微信聊天记录截图三张、业务洽谈会议纪要一份")
      String evidence) {}
}
