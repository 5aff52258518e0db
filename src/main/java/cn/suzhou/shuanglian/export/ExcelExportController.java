package cn.suzhou.shuanglian.export;

import static cn.suzhou.shuanglian.export.Column.of;
import static cn.suzhou.shuanglian.export.ExportedList.bodies;
import static cn.suzhou.shuanglian.export.ExportedList.whole;

import cn.suzhou.shuanglian.commissioner.CommissionerController;
import cn.suzhou.shuanglian.commissioner.CommissionerView;
import cn.suzhou.shuanglian.demand.DemandCollectionController;
import cn.suzhou.shuanglian.demand.DemandView;
import cn.suzhou.shuanglian.demand.ServiceUnitView;
import cn.suzhou.shuanglian.dispatch.DispatchController;
import cn.suzhou.shuanglian.dispatch.DispatchView;
import cn.suzhou.shuanglian.enterprise.EnterpriseController;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.enterprise.EnterpriseView;
import cn.suzhou.shuanglian.evaluation.EvaluationListController;
import cn.suzhou.shuanglian.evaluation.EvaluationView;
import cn.suzhou.shuanglian.expert.ExpertApplicationController;
import cn.suzhou.shuanglian.expert.ExpertApplicationController.ExpertMemberView;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.matching.MatchView;
import cn.suzhou.shuanglian.matching.MatchingController;
import cn.suzhou.shuanglian.misconduct.MisconductCaseView;
import cn.suzhou.shuanglian.misconduct.MisconductController;
import cn.suzhou.shuanglian.nomination.NominationController;
import cn.suzhou.shuanglian.nomination.NominationView.NomineeView;
import cn.suzhou.shuanglian.project.ProjectApplicationController;
import cn.suzhou.shuanglian.project.ProjectApplicationView;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordListController;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Excel exports of the paged {@code /api} lists (issue 16): {@code GET <list>/export.xlsx} answers every
 * row of the list the caller may read, as one workbook with Chinese headers. Each page is read by
 * calling the JSON list endpoint's own method with the same filters, so who reads which rows and what is
 * masked for them cannot differ between the JSON list and its export — there is no second access rule
 * here. A refusal of the list (401, 403, 404, a bad filter) is the list's own problem+json answer.
 */
@RestController
@Tag(name = "Excel 导出 Excel exports", description = "Every row of a paged list the caller may read, as an .xlsx "
    + "workbook with Chinese headers: the same access filter and masking as the JSON list (P-14)")
public class ExcelExportController {

  private final CommissionerController commissioners;
  private final EnterpriseController enterprises;
  private final DispatchController dispatches;
  private final MisconductController misconductCases;
  private final ProjectApplicationController projects;
  private final ExpertApplicationController experts;
  private final DemandCollectionController demandCollections;
  private final NominationController nominations;
  private final MatchingController matching;
  private final ServiceRecordListController serviceRecords;
  private final EvaluationListController evaluations;
  private final IndustryGroups industryGroups;
  private final XlsxExport export;

  public ExcelExportController(CommissionerController commissioners, EnterpriseController enterprises,
      DispatchController dispatches, MisconductController misconductCases, ProjectApplicationController projects,
      ExpertApplicationController experts, DemandCollectionController demandCollections,
      NominationController nominations, MatchingController matching, ServiceRecordListController serviceRecords,
      EvaluationListController evaluations, IndustryGroups industryGroups, XlsxExport export) {
    this.demandCollections = demandCollections;
    this.nominations = nominations;
    this.matching = matching;
    this.serviceRecords = serviceRecords;
    this.evaluations = evaluations;
    this.commissioners = commissioners;
    this.enterprises = enterprises;
    this.dispatches = dispatches;
    this.misconductCases = misconductCases;
    this.projects = projects;
    this.experts = experts;
    this.industryGroups = industryGroups;
    this.export = export;
  }

  /** The OpenAPI description of an export's answers. */
  @Target(ElementType.METHOD)
  @Retention(RetentionPolicy.RUNTIME)
  @ApiResponse(responseCode = "200", description = "the workbook, as an attachment named in Chinese "
      + "(Content-Disposition: attachment; filename*=UTF-8''…)",
      content = @Content(mediaType = XlsxExport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
  @ApiResponse(responseCode = "400", description = "a bad filter, named as by the JSON list",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "401", description = "no or wrong credentials",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "the caller may not read the list (as the JSON list)",
      content = @Content(mediaType = "application/problem+json"))
  @interface WorkbookAnswers {}

  static final String LEVEL = "only commissioners of this level (P-13): PROVINCIAL or MUNICIPAL";

  @GetMapping("/api/commissioners/export.xlsx")
  @Operation(summary = "专员信息库.xlsx: the commissioner database as GET /api/commissioners reads it, every page; "
      + "phone and ID masked unless the reader may see them")
  @WorkbookAnswers
  public void commissioners(@Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("专员信息库", List.<Column<CommissionerView>>of(
        of("编号", CommissionerView::id),
        of("姓名", CommissionerView::name),
        of("派出单位", CommissionerView::sourceUnitName),
        of("级别", CommissionerView::levelLabel),
        of("产业组", CommissionerView::industryGroupName),
        of("专业特长", CommissionerView::expertise),
        of("职称", CommissionerView::title),
        of("手机号码", CommissionerView::phone),
        of("身份证号码", CommissionerView::residentId),
        of("列入禁派", CommissionerView::barred)),
        bodies(pageable -> commissioners.list(level, pageable))), response);
  }

  @GetMapping("/api/enterprises/export.xlsx")
  @Operation(summary = "企业.xlsx: the enterprises GET /api/enterprises reads (the city all, a district its own), every "
      + "page; the contact's phone masked outside the enterprise's district")
  @WorkbookAnswers
  public void enterprises(@Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("企业", List.<Column<EnterpriseView>>of(
        of("编号", EnterpriseView::id),
        of("统一社会信用代码", EnterpriseView::creditCode),
        of("企业名称", EnterpriseView::name),
        of("县区/园区", EnterpriseView::districtName),
        of("产业组", EnterpriseView::industryGroupName),
        of("企业规模", EnterpriseView::scaleLabel),
        of("联系人", EnterpriseView::contactName),
        of("联系电话", EnterpriseView::contactPhone)),
        bodies(enterprises::list)), response);
  }

  @GetMapping("/api/dispatches/export.xlsx")
  @Operation(summary = "派驻服务.xlsx: the dispatches GET /api/dispatches reads for the caller (P-14), every page")
  @WorkbookAnswers
  public void dispatches(@Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("派驻服务", List.<Column<DispatchView>>of(
        of("编号", DispatchView::id),
        of("协议编号", DispatchView::agreementNo),
        of("专员", DispatchView::commissionerName),
        of("专员级别", DispatchView::commissionerLevelLabel),
        of("派驻县区/园区", DispatchView::districtName),
        of("派出单位", DispatchView::sourceUnitName),
        of("派驻开始日期", DispatchView::termStart),
        of("派驻截止日期", DispatchView::termLastDay),
        of("状态", d -> Labels.of(Labels.DISPATCH_STATUS, d.status())),
        of("结束原因", DispatchView::endReason),
        of("服务企业", d -> d.enterprises().stream().map(DispatchView.EnterpriseRef::name).toList())),
        bodies(pageable -> dispatches.list(level, pageable))), response);
  }

  @GetMapping("/api/rounds/{year}/agreements/export.xlsx")
  @Operation(summary = "<year>年派驻协议.xlsx: a round's agreements as GET /api/rounds/{year}/agreements reads them "
      + "(the city all, a district its own; 403 for anyone else, 404 for an unknown round), every page")
  @WorkbookAnswers
  @ApiResponse(responseCode = "404", description = "no round of that year",
      content = @Content(mediaType = "application/problem+json"))
  public void agreements(@Parameter(description = "the round's year", example = "2025") @PathVariable int year,
      @Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>(year + "年派驻协议", List.<Column<Map<String, Object>>>of(
        of("编号", a -> a.get("id")),
        of("专员", a -> a.get("commissionerName")),
        of("专员级别", a -> a.get("commissionerLevelLabel")),
        of("县区/园区", a -> a.get("districtName")),
        of("状态", a -> Labels.of(Labels.AGREEMENT_STATUS, a.get("status"))),
        of("协议编号", a -> a.get("agreementNo")),
        of("签订日期", a -> a.get("signedOn")),
        of("派驻开始日期", a -> a.get("termStart")),
        of("派驻截止日期", a -> a.get("termLastDay")),
        of("谢绝理由", a -> a.get("declineReason"))),
        bodies(pageable -> dispatches.agreementsOf(year, level, pageable))), response);
  }

  @GetMapping("/api/misconduct-cases/export.xlsx")
  @Operation(summary = "违纪处理.xlsx: the misconduct cases GET /api/misconduct-cases reads for the caller, every page; "
      + "the reporter left empty where the JSON list masks it")
  @WorkbookAnswers
  public void misconductCases(
      @Parameter(description = "only this district's cases", example = "341302") @RequestParam(required = false)
      String district,
      @Parameter(description = "only cases in this status", example = "REPORTED") @RequestParam(required = false)
      String status,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("违纪处理", List.<Column<MisconductCaseView>>of(
        of("案件编号", MisconductCaseView::caseNumber),
        of("协议编号", MisconductCaseView::agreementNo),
        of("专员", MisconductCaseView::commissionerName),
        of("县区/园区", MisconductCaseView::districtName),
        of("违纪类别", MisconductCaseView::categoryLabel),
        of("发生日期", MisconductCaseView::occurredOn),
        of("违纪事实", MisconductCaseView::facts),
        of("证据材料", MisconductCaseView::evidence),
        of("举报人", MisconductCaseView::reporterUserId),
        of("举报人身份", c -> Labels.of(Labels.REPORTER_ROLE, c.reporterRole())),
        of("举报人已隐去", MisconductCaseView::reporterMasked),
        of("举报时间", MisconductCaseView::reportedAt),
        of("状态", c -> Labels.of(Labels.MISCONDUCT_STATUS, c.status())),
        of("核实结论", c -> c.substantiated() == null ? null : c.substantiated() ? "查实" : "不实"),
        of("核实情况", MisconductCaseView::findings),
        of("建议处理措施", c -> c.recommendedMeasure() == null ? null : c.recommendedMeasure().label()),
        of("建议列入禁派", MisconductCaseView::recommendBar),
        of("处理措施", c -> c.measure() == null ? null : c.measure().label()),
        of("列入禁派", MisconductCaseView::barred),
        of("处理理由", MisconductCaseView::decisionReason),
        of("审定人", MisconductCaseView::decidedBy),
        of("审定时间", MisconductCaseView::decidedAt),
        of("对派驻的影响", c -> Labels.of(Labels.DISPATCH_OUTCOME, c.dispatchOutcome()))),
        bodies(pageable -> misconductCases.list(district, status, pageable))), response);
  }

  @GetMapping("/api/project-applications/export.xlsx")
  @Operation(summary = "科技项目申报.xlsx: the applications GET /api/project-applications reads for the caller, in the "
      + "review queue's order, every page; the reviewers only where the JSON list shows them")
  @WorkbookAnswers
  public void projectApplications(
      @Parameter(description = "application year", example = "2026") @RequestParam(required = false) Integer year,
      @Parameter(description = "SUBMITTED, UNDER_REVIEW, APPROVED, REJECTED, WITHDRAWN or DECLINED")
      @RequestParam(required = false) String status,
      @Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(description = "district code", example = "341302") @RequestParam(required = false) String district,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("科技项目申报", List.<Column<ProjectApplicationView>>of(
        of("申报编号", ProjectApplicationView::applicationNo),
        of("申报年度", ProjectApplicationView::applicationYear),
        of("状态", ProjectApplicationView::statusLabel),
        of("项目名称", ProjectApplicationView::title),
        of("项目类别", ProjectApplicationView::categoryLabel),
        of("专员", ProjectApplicationView::commissionerName),
        of("专员级别", ProjectApplicationView::commissionerLevelLabel),
        of("派出单位", ProjectApplicationView::sourceUnitName),
        of("县区/园区", ProjectApplicationView::districtName),
        of("联合申报企业", ProjectApplicationView::enterpriseName),
        of("统一社会信用代码", ProjectApplicationView::creditCode),
        of("产业组", ProjectApplicationView::industryGroupName),
        of("总预算（万元）", ProjectApplicationView::totalBudget),
        of("企业投入（万元）", ProjectApplicationView::enterpriseFunding),
        of("实施周期（月）", ProjectApplicationView::durationMonths),
        of("不占县区限额", ProjectApplicationView::quotaExempt),
        of("申报人", ProjectApplicationView::filedBy),
        of("申报时间", ProjectApplicationView::filedAt),
        of("符合申报条件", ProjectApplicationView::conditionsMet),
        of("专家评分均值", ProjectApplicationView::averageScore),
        of("已提交评审数", ProjectApplicationView::reviewsSubmitted),
        of("评审专家", p -> p.reviews().stream().map(ProjectApplicationView.ReviewLine::reviewerName).toList()),
        of("审定意见", ProjectApplicationView::decisionNote),
        of("推荐省级项目", ProjectApplicationView::recommendedToProvince),
        of("结束原因", ProjectApplicationView::endReason),
        of("审定时间", ProjectApplicationView::decidedAt)),
        bodies(pageable -> projects.list(year, status, level, district, pageable))), response);
  }

  @GetMapping("/api/expert-members/export.xlsx")
  @Operation(summary = "科技专家库成员.xlsx: the members of the Suzhou S&T expert database as GET /api/expert-members "
      + "reads them (no personal data), every page")
  @WorkbookAnswers
  public void expertMembers(@Parameter(hidden = true) HttpServletResponse response) throws IOException {
    Map<String, String> groupNames = industryGroups.findAll().stream()
        .collect(Collectors.toMap(IndustryGroup::getCode, IndustryGroup::getName));
    export.send(new ExportedList<>("科技专家库成员", List.<Column<ExpertMemberView>>of(
        of("编号", ExpertMemberView::id),
        of("姓名", ExpertMemberView::name),
        of("派出单位", ExpertMemberView::sourceUnitName),
        of("职称", ExpertMemberView::title),
        of("专业特长", ExpertMemberView::expertise),
        of("评审领域", m -> m.reviewFields().stream().map(f -> groupNames.getOrDefault(f, f)).toList()),
        of("入库时间", ExpertMemberView::approvedAt),
        of("审批人", ExpertMemberView::approvedBy)),
        bodies(experts::members)), response);
  }

  @GetMapping("/api/service-records/export.xlsx")
  @Operation(summary = "服务记录.xlsx: the service records GET /api/service-records reads for the caller (P-14), every "
      + "page: the records of the dispatches they manage, an enterprise contact only their enterprise's")
  @WorkbookAnswers
  public void serviceRecords(@Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("服务记录", List.<Column<ServiceRecordView>>of(
        of("编号", ServiceRecordView::id),
        of("派驻编号", ServiceRecordView::dispatchId),
        of("协议编号", ServiceRecordView::agreementNo),
        of("专员", ServiceRecordView::commissionerName),
        of("县区/园区", ServiceRecordView::districtName),
        of("服务企业", ServiceRecordView::enterpriseName),
        of("统一社会信用代码", ServiceRecordView::creditCode),
        of("服务类型", ServiceRecordView::serviceTypeLabel),
        of("服务开始日期", ServiceRecordView::startDate),
        of("服务结束日期", ServiceRecordView::endDate),
        of("服务天数", ServiceRecordView::days),
        of("服务年度", r -> "第" + r.serviceYear() + "年"),
        of("服务内容", ServiceRecordView::summary),
        of("状态", r -> Labels.of(Labels.SERVICE_RECORD_STATUS, r.status())),
        of("登记人", ServiceRecordView::recordedBy),
        of("登记时间", ServiceRecordView::recordedAt),
        of("确认人", ServiceRecordView::answeredBy),
        of("确认时间", ServiceRecordView::answeredAt),
        of("异议理由", ServiceRecordView::disputeReason)),
        bodies(serviceRecords::list)), response);
  }

  @GetMapping("/api/evaluations/export.xlsx")
  @Operation(summary = "年度考核.xlsx: the yearly evaluations GET /api/evaluations reads for the caller (P-14, P-18), "
      + "every page")
  @WorkbookAnswers
  public void evaluations(@Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    export.send(new ExportedList<>("年度考核", List.<Column<EvaluationView>>of(
        of("编号", EvaluationView::id),
        of("派驻编号", EvaluationView::dispatchId),
        of("协议编号", EvaluationView::agreementNo),
        of("专员", EvaluationView::commissionerName),
        of("专员级别", EvaluationView::commissionerLevelLabel),
        of("派出单位", EvaluationView::sourceUnitName),
        of("县区/园区", EvaluationView::districtName),
        of("考核年度", e -> "第" + e.serviceYear() + "服务年度"),
        of("状态", e -> Labels.of(Labels.EVALUATION_STATUS, e.status())),
        of("确认服务天数", EvaluationView::confirmedDays),
        of("确认服务次数", EvaluationView::confirmedServices),
        of("服务时间达标", EvaluationView::serviceTimeMet),
        of("特殊情况已认可", EvaluationView::exceptionJustified),
        of("加权得分", EvaluationView::weightedScore),
        of("考核等次", EvaluationView::gradeLabel),
        of("审定时间", EvaluationView::approvedAt),
        of("派出单位已知悉", EvaluationView::acknowledgedBySourceUnit)),
        bodies(pageable -> evaluations.list(level, pageable))), response);
  }

  @GetMapping("/api/rounds/{year}/districts/{districtCode}/service-units/export.xlsx")
  @Operation(summary = "<year>年服务单位-<district>.xlsx: a district's screened service units (P-10) as "
      + "GET /api/rounds/{year}/districts/{districtCode}/service-units reads them (the district itself, the city and "
      + "process managers; 403 for another district); the contact's phone masked outside the district and the city")
  @WorkbookAnswers
  @ApiResponse(responseCode = "404", description = "no live round of that year, no such district or no collection of it",
      content = @Content(mediaType = "application/problem+json"))
  public void serviceUnits(@Parameter(description = "the round's year", example = "2025") @PathVariable int year,
      @Parameter(description = "district code", example = "341302") @PathVariable String districtCode,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    // read first: a refusal (403, 404) is the list's own answer, before the district's name is looked up
    List<ServiceUnitView> units = demandCollections.serviceUnits(year, districtCode);
    String districtName = demandCollections.collection(year, districtCode).districtName();
    export.send(new ExportedList<>(year + "年服务单位-" + districtName, List.<Column<ServiceUnitView>>of(
        of("编号", ServiceUnitView::id),
        of("统一社会信用代码", ServiceUnitView::creditCode),
        of("企业名称", ServiceUnitView::name),
        of("产业组", ServiceUnitView::industryGroupName),
        of("企业规模", u -> u.scale() == null ? null : EnterpriseScale.valueOf(u.scale()).label()),
        of("联系人", ServiceUnitView::contactName),
        of("联系电话", ServiceUnitView::contactPhone),
        of("符合产业政策", ServiceUnitView::compliesWithPolicy),
        of("依法经营", ServiceUnitView::lawfulOperation),
        of("规模与发展潜力", ServiceUnitView::scaleAndPotential),
        of("企业同意", ServiceUnitView::consent),
        of("同意人", ServiceUnitView::consentBy),
        of("筛选人", ServiceUnitView::screenedBy),
        of("筛选时间", ServiceUnitView::screenedAt)),
        whole(() -> units)), response);
  }

  @GetMapping("/api/rounds/{year}/demands/export.xlsx")
  @Operation(summary = "<year>年技术需求.xlsx: the round's technology demands (P-12(1)) as GET /api/rounds/{year}/demands "
      + "reads them (the city and process managers all, a district its own)")
  @WorkbookAnswers
  @ApiResponse(responseCode = "404", description = "no live round of that year",
      content = @Content(mediaType = "application/problem+json"))
  public void demands(@Parameter(description = "the round's year", example = "2025") @PathVariable int year,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    List<DemandView> demands = demandCollections.roundDemands(year);
    export.send(new ExportedList<>(year + "年技术需求", List.<Column<DemandView>>of(
        of("编号", DemandView::id),
        of("县区/园区", DemandView::districtName),
        of("统一社会信用代码", DemandView::creditCode),
        of("企业名称", DemandView::enterpriseName),
        of("需求名称", DemandView::title),
        of("产业组", DemandView::industryGroupName),
        of("需求类别", d -> d.industryCategory() == null ? null : d.industryCategory().label()),
        of("需求类型", d -> d.demandType() == null ? null : d.demandType().label()),
        of("需求描述", DemandView::description),
        of("合作方式", DemandView::cooperationSought),
        of("状态", d -> Labels.of(Labels.DEMAND_STATUS, d.status())),
        of("填报人", DemandView::createdBy),
        of("填报时间", DemandView::createdAt)),
        whole(() -> demands)), response);
  }

  @GetMapping("/api/rounds/{year}/nomination/export.xlsx")
  @Operation(summary = "<year>年提名人选.xlsx: the candidates of GET /api/rounds/{year}/nomination as the caller reads "
      + "them (the city, process managers and the co-departments all, a source unit its own staff; 403 for anyone "
      + "else), with eligibility and release")
  @WorkbookAnswers
  @ApiResponse(responseCode = "404", description = "no live round of that year, or no list yet",
      content = @Content(mediaType = "application/problem+json"))
  public void nominees(@Parameter(description = "the round's year", example = "2025") @PathVariable int year,
      @Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    List<NomineeView> nominees = nominations.get(year, level).nominees();
    export.send(new ExportedList<>(year + "年提名人选", List.<Column<NomineeView>>of(
        of("专员编号", NomineeView::commissionerId),
        of("姓名", NomineeView::name),
        of("派出单位", NomineeView::sourceUnitName),
        of("产业组", NomineeView::industryGroupName),
        of("级别", NomineeView::levelLabel),
        of("资格审查", NomineeView::eligibilityReason),
        of("派出单位意见", n -> Labels.of(Labels.RELEASE_STATUS, n.releaseStatus())),
        of("不同意理由", NomineeView::releaseReason),
        of("确认人", NomineeView::releasedBy),
        of("确认时间", NomineeView::releasedAt)),
        whole(() -> nominees)), response);
  }

  @GetMapping("/api/rounds/{year}/matches/export.xlsx")
  @Operation(summary = "<year>年匹配结果.xlsx: the pairs GET /api/rounds/{year}/matches reads for the caller (the city "
      + "and process managers all, a district its own; 403 for anyone else), with their service units (P-11)")
  @WorkbookAnswers
  @ApiResponse(responseCode = "404", description = "no live round of that year",
      content = @Content(mediaType = "application/problem+json"))
  public void matches(@Parameter(description = "the round's year", example = "2025") @PathVariable int year,
      @Parameter(description = LEVEL) @RequestParam(required = false) String level,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    List<MatchView> matches = matching.list(year, level);
    export.send(new ExportedList<>(year + "年匹配结果", List.<Column<MatchView>>of(
        of("专员编号", MatchView::commissionerId),
        of("专员", MatchView::name),
        of("派出单位", MatchView::sourceUnitName),
        of("产业组", MatchView::industryGroupName),
        of("专员级别", MatchView::levelLabel),
        of("县区/园区", MatchView::districtName),
        of("状态", m -> Labels.of(Labels.MATCH_STATUS, m.status())),
        of("产业组相同", MatchView::sameGroup),
        of("距离（公里）", MatchView::distanceKm),
        of("匹配理由", MatchView::explanation),
        of("市科技局调整", MatchView::changedByCity),
        of("服务单位", m -> m.serviceUnits().stream().map(MatchView.ServiceUnitRef::name).toList())),
        whole(() -> matches)), response);
  }
}
