package cn.suzhou.shuanglian.evaluation;

import static cn.suzhou.shuanglian.evaluation.EvaluationSchemeContract.*;

import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.Districts;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation schemes (考核评价制度, P-18) for integrators: the city bureau and process managers read
 * every district's; a district official reads and submits their own district's; others are refused.
 * Submitting starts {@code evaluationScheme} as the caller, so the process rule checks the content
 * and the city bureau approves it in Tasklist.
 */
@RestController
@RequestMapping("/api")
@Tag(name = "考核评价制度 Evaluation schemes", description = "Each district's evaluation scheme: weights of the four criteria and grade lines, approved by the City S&T Bureau (P-18)")
public class EvaluationSchemeController {

  private final EvaluationSchemeService schemes;
  private final Districts districts;
  private final RuntimeService runtimeService;
  private final CurrentUsers currentUsers;

  public EvaluationSchemeController(EvaluationSchemeService schemes, Districts districts,
      RuntimeService runtimeService, CurrentUsers currentUsers) {
    this.schemes = schemes;
    this.districts = districts;
    this.runtimeService = runtimeService;
    this.currentUsers = currentUsers;
  }

  @GetMapping("/evaluation-schemes")
  @Transactional(readOnly = true)
  @Operation(summary = "The schemes the caller may read, oldest first (every status)",
      description = "The city bureau and process managers read all districts' schemes; a district official their own district's.")
  @ApiResponse(responseCode = "403", description = "the caller is neither city, process manager nor district official")
  public List<SchemeView> list() {
    CurrentUser reader = currentUsers.current();
    if (reader.readsAllDistricts()) {
      return schemes.all().stream().map(SchemeView::of).toList();
    }
    if (reader.districtCodes().isEmpty()) {
      throw ApiException.forbidden("scheme.api.forbidden");
    }
    return schemes.ofDistricts(reader.districtCodes()).stream().map(SchemeView::of).toList();
  }

  @GetMapping("/districts/{code}/evaluation-scheme")
  @Transactional(readOnly = true)
  @Operation(summary = "The district's scheme in force (approved), by which its commissioners are evaluated")
  @ApiResponse(responseCode = "403", description = "a district official asking for another district")
  @ApiResponse(responseCode = "404", description = "unknown district, or no scheme approved yet")
  public SchemeView inForce(@PathVariable String code) {
    CurrentUser reader = currentUsers.current();
    District district = district(code);
    if (!reader.readsAllDistricts() && !reader.districtCodes().contains(code)) {
      throw ApiException.forbidden("scheme.api.notYoursToRead", district.getName());
    }
    return schemes.inForce(code).map(SchemeView::of)
        .orElseThrow(() -> ApiException.notFound("scheme.inForce.none", district.getName()));
  }

  @PostMapping("/districts/{code}/evaluation-schemes")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Submit a scheme for the City S&T Bureau's approval (starts evaluationScheme as the caller)",
      description = "An official of the district, or the city bureau on its behalf. The four weights are whole numbers "
          + "adding up to 100; the grade lines lie in 0–100 with 优秀 > 合格 > 基本合格; the service units consulted are "
          + "required. A refusal is 400 naming every field, and nothing is written. While the district has a scheme "
          + "being decided, another is refused.")
  @ApiResponse(responseCode = "201", description = "submitted; the city bureau's approval task is open")
  @ApiResponse(responseCode = "400", description = "invalid scheme; errors[] names each field and rule")
  @ApiResponse(responseCode = "403", description = "the caller does not act for this district")
  @ApiResponse(responseCode = "404", description = "unknown district")
  public SchemeSubmitted submit(@PathVariable String code, @RequestBody SchemeRequest request) {
    CurrentUser caller = currentUsers.current();
    District district = district(code);
    if (!caller.actsFor(code)) {
      throw ApiException.forbidden("scheme.district.notYours", district.getName());
    }
    VariableMap variables = DISTRICT_CODE.map(code);
    WEIGHT_ORIENTATION.in(variables, request.weightOrientation());
    WEIGHT_INITIATIVE.in(variables, request.weightInitiative());
    WEIGHT_SATISFACTION.in(variables, request.weightSatisfaction());
    WEIGHT_RESULTS.in(variables, request.weightResults());
    EXCELLENT_MIN.in(variables, request.excellentMin());
    QUALIFIED_MIN.in(variables, request.qualifiedMin());
    BASIC_MIN.in(variables, request.basicMin());
    SERVICE_UNITS_CONSULTED.in(variables, request.serviceUnitsConsulted());
    CRITERIA_NOTES.in(variables, request.criteriaNotes());
    ProcessInstance instance = runtimeService.startProcessInstanceByKey(PROCESS_KEY, variables);
    return new SchemeSubmitted(schemes.ofCase(instance.getId()).getId(), instance.getId(), instance.getBusinessKey());
  }

  private District district(String code) {
    return districts.findById(code).filter(District::isActive)
        .orElseThrow(() -> ApiException.notFound("error.district.unknown", code));
  }

  public record SchemeRequest(
      @Schema(description = "企业导向 weight, whole number 0–100", example = "20") BigDecimal weightOrientation,
      @Schema(description = "工作主动性 weight", example = "20") BigDecimal weightInitiative,
      @Schema(description = "企业满意度 weight", example = "30") BigDecimal weightSatisfaction,
      @Schema(description = "工作成效 weight; the four add up to 100", example = "30") BigDecimal weightResults,
      @Schema(description = "优秀 from this weighted score (0–100, two decimals)", example = "90") BigDecimal excellentMin,
      @Schema(description = "合格 from this weighted score, below excellentMin", example = "75") BigDecimal qualifiedMin,
      @Schema(description = "基本合格 from this weighted score, below qualifiedMin; below it 不合格", example = "60") BigDecimal basicMin,
      @Schema(description = "the service units the scheme was set with (会同服务单位), required",
          example = "安徽宿州新型建材有限公司、宿州精工轴承有限公司") String serviceUnitsConsulted,
      @Schema(description = "criteria details (optional)", example = "企业满意度以服务单位年度评价为准") String criteriaNotes) {}

  public record SchemeSubmitted(long schemeId, String processInstanceId, String businessKey) {}

  public record SchemeView(Long id, String districtCode, String districtName, SchemeStatus status,
      int weightOrientation, int weightInitiative, int weightSatisfaction, int weightResults,
      BigDecimal excellentMin, BigDecimal qualifiedMin, BigDecimal basicMin, String serviceUnitsConsulted,
      String criteriaNotes, String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt,
      String decisionComment, String processInstanceId) {
    static SchemeView of(EvaluationScheme s) {
      return new SchemeView(s.getId(), s.getDistrict().getCode(), s.getDistrict().getName(), s.getStatus(),
          s.getWeightOrientation(), s.getWeightInitiative(), s.getWeightSatisfaction(), s.getWeightResults(),
          s.getExcellentMin(), s.getQualifiedMin(), s.getBasicMin(), s.getServiceUnitsConsulted(),
          s.getCriteriaNotes(), s.getSubmittedBy(), s.getSubmittedAt(), s.getDecidedBy(), s.getDecidedAt(),
          s.getDecisionComment(), s.getProcessInstanceId());
    }
  }
}
