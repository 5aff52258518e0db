package cn.suzhou.shuanglian.document;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementStatus;
import cn.suzhou.shuanglian.agreement.Agreements;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchController;
import cn.suzhou.shuanglian.dispatch.Dispatches;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationStatus;
import cn.suzhou.shuanglian.evaluation.Evaluations;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.security.CurrentUsers;
import cn.suzhou.shuanglian.platform.web.ApiException;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.project.ProjectApplicationController;
import cn.suzhou.shuanglian.project.ProjectApplicationView;
import cn.suzhou.shuanglian.project.ProjectStatus;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriUtils;

/**
 * Printable documents (issue 16): the dispatch agreement (派驻协议书, P-12(3), P-09, P-15), the yearly
 * evaluation's result notice to the source unit (考核结果通知, P-18) and an approved joint project's
 * recommendation (联合项目推荐表, P-19), as A4 PDFs with the Chinese font embedded as a subset. Each is
 * read under the access rule of the JSON record it is printed from — the dispatch's and the project's by
 * calling their own JSON endpoints, so the rules cannot differ; a round agreement's as the round's
 * agreement list (the city all, a district its own). A document whose record is not final yet (an
 * agreement not signed, a grade not approved, a project not approved) is 409 naming the rule.
 */
@RestController
@Tag(name = "打印文书 Printable documents", description = "The dispatch agreement, the yearly evaluation's result "
    + "notice and an approved joint project's recommendation as A4 PDFs (Chinese font embedded): the same readers as "
    + "the JSON record they are printed from (P-14)")
public class DocumentController {

  /** Where each document is printed; {@code {id}} is the record's id (the board links here, {@link #of}). */
  public static final String DISPATCH_AGREEMENT = "/api/dispatches/{id}/agreement.pdf";
  public static final String ROUND_AGREEMENT = "/api/agreements/{id}/agreement.pdf";
  public static final String EVALUATION_NOTICE = "/api/evaluations/{id}/notice.pdf";
  public static final String PROJECT_RECOMMENDATION = "/api/project-applications/{id}/recommendation.pdf";

  /** The document's path for that record, e.g. {@code of(EVALUATION_NOTICE, 9)}. */
  public static String of(String path, long id) {
    return path.replace("{id}", Long.toString(id));
  }

  static final String PDF = "application/pdf";

  private final DispatchController dispatchRecords;
  private final ProjectApplicationController projectRecords;
  private final Dispatches dispatches;
  private final Agreements agreements;
  private final Evaluations evaluations;
  private final CurrentUsers currentUsers;
  private final Messages messages;

  public DocumentController(DispatchController dispatchRecords, ProjectApplicationController projectRecords,
      Dispatches dispatches, Agreements agreements, Evaluations evaluations, CurrentUsers currentUsers,
      Messages messages) {
    this.dispatchRecords = dispatchRecords;
    this.projectRecords = projectRecords;
    this.dispatches = dispatches;
    this.agreements = agreements;
    this.evaluations = evaluations;
    this.currentUsers = currentUsers;
    this.messages = messages;
  }

  /** The OpenAPI description of a document's answers. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(responseCode = "200", description = "the A4 PDF, as an attachment named in Chinese "
      + "(Content-Disposition: attachment; filename*=UTF-8''…)",
      content = @Content(mediaType = PDF, schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "401", description = "no or wrong credentials",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "the caller may not read the record (as its JSON endpoint)",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "404", description = "no such record",
      content = @Content(mediaType = "application/problem+json"))
  @interface DocumentAnswers {}

  @GetMapping(DISPATCH_AGREEMENT)
  @Transactional(readOnly = true)
  @Operation(summary = "派驻协议书（协议编号）.pdf: the signed agreement of a dispatch — parties, term (P-15), duties "
      + "(P-09) — for whoever reads GET /api/dispatches/{id} (the city all, a district its own, a source unit its "
      + "staff's, the commissioner their own, P-14)")
  @DocumentAnswers
  public ResponseEntity<byte[]> dispatchAgreement(
      @Parameter(description = "the dispatch", example = "1") @PathVariable Long id) {
    dispatchRecords.get(id);  // 404 or 403 exactly as the JSON record
    Dispatch dispatch = dispatches.findWithDetailsById(id)
        .orElseThrow(() -> ApiException.notFound("dispatch.api.notFound", id));
    Agreement agreement = agreements.findWithDetailsById(dispatch.getAgreement().getId()).orElseThrow();
    return pdf(AgreementDocument.fileName(agreement), AgreementDocument.render(agreement));
  }

  @GetMapping(ROUND_AGREEMENT)
  @Transactional(readOnly = true)
  @Operation(summary = "派驻协议书（协议编号）.pdf: an agreement of a round (the id of GET /api/rounds/{year}/agreements), "
      + "printable once signed (P-12(3)); the city and process managers all, a district its own")
  @DocumentAnswers
  @ApiResponse(responseCode = "409", description = "the agreement is not signed yet; the status is named",
      content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<byte[]> roundAgreement(
      @Parameter(description = "the agreement", example = "1") @PathVariable Long id) {
    Agreement agreement = agreements.findWithDetailsById(id)
        .orElseThrow(() -> ApiException.notFound("document.agreementNotFound", id));
    CurrentUser user = currentUsers.current();
    if (!user.readsAllDistricts() && !user.districtCodes().contains(agreement.getDistrict().getCode())) {
      throw ApiException.forbidden("document.agreementForbidden", agreement.getDistrict().getName());
    }
    if (agreement.getStatus() != AgreementStatus.SIGNED) {
      throw ApiException.conflict("document.agreementNotSigned", id,
          messages.get("document.agreementStatus." + agreement.getStatus().name()));
    }
    return pdf(AgreementDocument.fileName(agreement), AgreementDocument.render(agreement));
  }

  @GetMapping(EVALUATION_NOTICE)
  @Transactional(readOnly = true)
  @Operation(summary = "考核结果通知（姓名第n服务年度）.pdf: the approved yearly result addressed to the source unit "
      + "(grade, score, service days; P-18), for whoever reads the dispatch it belongs to (GET /api/dispatches/{id}, "
      + "whose evaluations[] carry the ids)")
  @DocumentAnswers
  @ApiResponse(responseCode = "409", description = "the City S&T Bureau has not approved the grade yet; the status "
      + "is named", content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<byte[]> evaluationNotice(
      @Parameter(description = "the yearly evaluation", example = "1") @PathVariable Long id) {
    Evaluation evaluation = evaluations.findWithDispatchById(id)
        .orElseThrow(() -> ApiException.notFound("document.evaluationNotFound", id));
    dispatchRecords.get(evaluation.getDispatch().getId());  // 403 exactly as the dispatch's JSON record
    if (evaluation.getStatus() != EvaluationStatus.APPROVED || evaluation.getGrade() == null) {
      throw ApiException.conflict("document.evaluationNotApproved", id,
          messages.get("document.evaluationStatus." + evaluation.getStatus().name()));
    }
    return pdf(EvaluationNotice.fileName(evaluation), EvaluationNotice.render(evaluation));
  }

  @GetMapping(PROJECT_RECOMMENDATION)
  @Transactional(readOnly = true)
  @Operation(summary = "联合项目推荐表（申报编号）.pdf: an approved joint project (P-19), for whoever reads "
      + "GET /api/project-applications/{id}")
  @DocumentAnswers
  @ApiResponse(responseCode = "409", description = "the project is not approved (立项); the status is named",
      content = @Content(mediaType = "application/problem+json"))
  public ResponseEntity<byte[]> projectRecommendation(
      @Parameter(description = "the application", example = "1") @PathVariable Long id) {
    ProjectApplicationView project = projectRecords.get(id);  // 404 or 403 exactly as the JSON record
    if (project.status() != ProjectStatus.APPROVED) {
      throw ApiException.conflict("document.projectNotApproved", project.applicationNo(), project.statusLabel());
    }
    return pdf(ProjectRecommendation.fileName(project), ProjectRecommendation.render(project));
  }

  /** The document as an attachment named in Chinese: {@code attachment; filename*=UTF-8''…} (RFC 6266, RFC 8187). */
  static ResponseEntity<byte[]> pdf(String fileName, byte[] bytes) {
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename*=UTF-8''"
            + UriUtils.encode(fileName, StandardCharsets.UTF_8))
        .body(bytes);
  }
}
