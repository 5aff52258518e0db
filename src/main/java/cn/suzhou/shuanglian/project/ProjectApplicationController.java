package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;

import static cn.suzhou.shuanglian.project.ProjectApplicationContract.*;

import cn.suzhou.shuanglian.commissioner.LevelFilter;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.Arrays;
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

@RestController
@RequestMapping("/api/project-applications")
@Tag(name = "科技项目申报 Joint project applications",
    description = "Joint S&T projects of a commissioner and the enterprise it serves: one a year for each, exempt from "
        + "the district quota, reviewed first, reviewed by experts of the pool without conflicts (P-19, P-20)")
public class ProjectApplicationController {

  private final RuntimeService runtimeService;
  private final ProjectApplicationService service;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public ProjectApplicationController(RuntimeService runtimeService, ProjectApplicationService service,
      CurrentUsers currentUsers, Messages messages) {
    this.runtimeService = runtimeService;
    this.service = service;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  @GetMapping
  @Operation(summary = "Applications the caller may read, in the review queue's order",
      description = "Ordered by year (latest first), then review priority (joint projects first, P-19), then filing. "
          + "The city bureau and process managers read all, with the experts' reviews; a district its dispatches' "
          + "applications; a source unit its staff's; a commissioner their own and those they review; an enterprise "
          + "contact its enterprise's. Filter by year, status, the commissioner's level (P-13) and district.")
  @ApiResponse(responseCode = "200", description = "the applications")
  @ApiResponse(responseCode = "400", description = "an unknown status or level; the parameter is named")
  @PageQueryParameters
  public ResponseEntity<List<ProjectApplicationView>> list(
      @Parameter(description = "application year", example = "2026") @RequestParam(required = false) Integer year,
      @Parameter(description = "SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN or DECLINED")
      @RequestParam(required = false) String status,
      @Parameter(description = LevelFilter.DESCRIPTION) @RequestParam(required = false) String level,
      @Parameter(description = "district code", example = "341302") @RequestParam(required = false) String district,
      @Parameter(hidden = true) Pageable pageable) {
    return PagedList.of(service.list(currentUsers.current(), year, parse(ProjectStatus.class, "status", status),
        LevelFilter.parse(level, messages), district, pageable));
  }

  @GetMapping("/{id}")
  @Operation(summary = "One application", description = "Readable as in the list; 403 otherwise.")
  @ApiResponse(responseCode = "200", description = "the application")
  @ApiResponse(responseCode = "403", description = "the caller has no part in it")
  @ApiResponse(responseCode = "404", description = "no such application")
  public ProjectApplicationView get(@PathVariable Long id) {
    return service.view(id, currentUsers.current());
  }

  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "File a joint project (starts projectApplication as the caller)",
      description = "A commissioner files with an enterprise its running dispatch serves; the city bureau may file for "
          + "a named commissioner (commissionerId). Every field is checked; bad input is 400 naming each field. "
          + "A commissioner or an enterprise that has already filed this year is refused with 409 naming the earlier "
          + "application (P-19) — also when two requests race: the database keeps one.")
  @ApiResponse(responseCode = "201", description = "the application, SUBMITTED; the enterprise is asked to confirm")
  @ApiResponse(responseCode = "400", description = "invalid application; errors[] names each field and rule")
  @ApiResponse(responseCode = "409", description = "the commissioner or the enterprise has filed this year; "
      + "errors[] names the earlier application")
  public ProjectApplicationView file(@RequestBody ProjectRequest request) {
    VariableMap variables = Variables.createVariables();
    COMMISSIONER_ID.in(variables, request.commissionerId());
    CREDIT_CODE.in(variables, request.creditCode());
    TITLE.in(variables, request.title());
    CATEGORY.in(variables, request.category());
    INDUSTRY_GROUP.in(variables, request.industryGroupCode());
    CONTENT.in(variables, request.content());
    GOALS.in(variables, request.goals());
    TOTAL_BUDGET.in(variables, request.totalBudget());
    ENTERPRISE_FUNDING.in(variables, request.enterpriseFunding());
    DURATION_MONTHS.in(variables, request.durationMonths() == null ? null : request.durationMonths().longValue());
    JOINT_PLEDGE.in(variables, Boolean.TRUE.equals(request.jointPledge()));
    ProcessInstance instance;
    try {
      instance = runtimeService.createProcessInstanceByKey(PROCESS_KEY).setVariables(variables).execute();
    } catch (RuntimeException e) {
      // a refusal names the request's fields, not the process's variables
      throw ProcessRuleViolation.inRequestTerms(e, java.util.Map.of(TITLE.name(), "title", CATEGORY.name(), "category",
          CONTENT.name(), "content", GOALS.name(), "goals"));
    }
    return service.viewOfCase(instance.getId(), currentUsers.current());
  }

  @PostMapping("/{id}/withdrawal")
  @Operation(summary = "Withdraw an application before the city bureau has checked it",
      description = "The applicant or the city bureau; the commissioner's and the enterprise's places of the year are "
          + "free again (docs/projects.md). Later than the condition check: 409 naming the status.")
  @ApiResponse(responseCode = "200", description = "the application, WITHDRAWN")
  @ApiResponse(responseCode = "400", description = "no reason given")
  @ApiResponse(responseCode = "403", description = "neither the applicant nor the city bureau")
  @ApiResponse(responseCode = "409", description = "already checked, reviewed or decided")
  public ProjectApplicationView withdraw(@PathVariable Long id, @RequestBody WithdrawalRequest request) {
    CurrentUser user = currentUsers.current();
    return service.withdraw(id, request == null ? null : request.reason(), user);
  }

  private <E extends Enum<E>> E parse(Class<E> type, String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value.strip());
    } catch (IllegalArgumentException e) {
      String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
      throw ApiException.invalid(List.of(new ApiException.FieldProblem(parameter,
          messages.get("project.api.badParameter", parameter, value, allowed))));
    }
  }

  public record ProjectRequest(
      @Schema(description = "the commissioner, when the city bureau files on their behalf", example = "12")
      Long commissionerId,
      @Schema(description = "unified social credit code of the enterprise served, filing jointly",
          example = "91341302MA2T000154") String creditCode,
      @Schema(description = "5–100 characters", example = "煤矸石基高性能绿色墙体材料制备关键技术研究与产业化") String title,
      @Schema(description = "MAJOR_SPECIAL (市级重大专项) or SCIENCE_PLAN (市科技计划项目)", example = "SCIENCE_PLAN")
      String category,
      @Schema(description = "industry group code, for drawing reviewers of the field", example = "NEW_MATERIALS")
      String industryGroupCode,
      @Schema(description = "content and approach, 20–4000 characters") String content,
      @Schema(description = "goals and indicators, 10–2000 characters") String goals,
      @Schema(description = "total budget in 10k CNY (万元), above 0, two decimals", example = "120.00")
      BigDecimal totalBudget,
      @Schema(description = "the enterprise's own funds in 10k CNY, at most the total", example = "80.00")
      BigDecimal enterpriseFunding,
      @Schema(description = "6–36 months", example = "24") Integer durationMonths,
      @Schema(description = "the pledge that the project is carried out jointly (must be true)", example = "true")
      Boolean jointPledge) {}

  public record WithdrawalRequest(@Schema(description = "why, 1–500 characters") String reason) {}
}
