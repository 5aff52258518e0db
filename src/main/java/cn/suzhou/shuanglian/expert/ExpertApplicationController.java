package cn.suzhou.shuanglian.expert;

import static cn.suzhou.shuanglian.expert.ExpertApplicationContract.*;

import cn.suzhou.shuanglian.platform.web.PageQueryParameters;
import cn.suzhou.shuanglian.platform.web.PagedList;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.springframework.data.domain.Pageable;
import org.springframework.http.ResponseEntity;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api")
@Tag(name = "专家库 Expert database", description = "Applications to the Suzhou S&T expert database and its members (P-20)")
public class ExpertApplicationController {

  private final RuntimeService runtimeService;
  private final ExpertMembershipRepository memberships;

  public ExpertApplicationController(RuntimeService runtimeService, ExpertMembershipRepository memberships) {
    this.runtimeService = runtimeService;
    this.memberships = memberships;
  }

  @PostMapping("/expert-applications")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Apply to the expert database (starts expertPoolApplication as the caller)",
      description = "A commissioner applies for themself (commissionerId may be omitted); a City S&T Bureau official "
          + "may file on a commissioner's behalf by giving commissionerId. The process rule checks every field; "
          + "a refusal is 400 naming the fields, and nothing is kept.")
  @ApiResponse(responseCode = "201", description = "application started; the city bureau's review task is open")
  @ApiResponse(responseCode = "400", description = "invalid application; errors[] names each field and rule")
  @ApiResponse(responseCode = "403", description = "the caller may not start this process")
  public ApplicationStarted apply(@RequestBody ExpertApplicationRequest request) {
    VariableMap variables = COMMISSIONER_ID.map(request.commissionerId());
    RESIDENT_ID.in(variables, request.residentId());
    PHONE.in(variables, request.phone());
    TITLE.in(variables, request.title());
    EXPERTISE.in(variables, request.expertise());
    REVIEW_FIELDS.in(variables, request.reviewFields());
    ACHIEVEMENTS.in(variables, request.achievements());
    CONSENT.in(variables, Boolean.TRUE.equals(request.consent()));
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    return new ApplicationStarted(instance.getId(), instance.getBusinessKey());
  }

  @GetMapping("/expert-members")
  @Transactional(readOnly = true)
  @Operation(summary = "Members of the Suzhou S&T expert database (no personal data); paged, the latest approved first")
  @PageQueryParameters
  public ResponseEntity<List<ExpertMemberView>> members(@Parameter(hidden = true) Pageable pageable) {
    return PagedList.of(memberships.findAllByOrderByApprovedAtDescIdDesc(pageable), ExpertMemberView::of);
  }

  public record ExpertApplicationRequest(
      @Schema(description = "required when the city files on a commissioner's behalf", example = "1") Long commissionerId,
      @Schema(example = "341302197804152019") String residentId,
      @Schema(example = "13805571234") String phone,
      @Schema(example = "教授") String title,
      @Schema(example = "新型建材、固废资源化利用") String expertise,
      @Schema(example = "[\"NEW_MATERIALS\", \"EQUIPMENT\"]") List<String> reviewFields,
      String achievements,
      @Schema(description = "the applicant's declaration and consent; must be true") Boolean consent) {}

  public record ApplicationStarted(String processInstanceId, String businessKey) {}

  public record ExpertMemberView(Long id, Long commissionerId, String name, String sourceUnitName, String title,
      String expertise, List<String> reviewFields, Instant approvedAt, String approvedBy) {
    static ExpertMemberView of(ExpertMembership m) {
      return new ExpertMemberView(m.getId(), m.getCommissioner().getId(), m.getCommissioner().getName(),
          m.getCommissioner().getSourceUnit().getName(), m.getTitle(), m.getExpertise(),
          List.of(m.getReviewFields().split(",")), m.getApprovedAt(), m.getApprovedBy());
    }
  }
}
