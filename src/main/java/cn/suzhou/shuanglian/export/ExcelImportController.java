package cn.suzhou.shuanglian.export;

import static cn.suzhou.shuanglian.export.ImportColumn.choice;
import static cn.suzhou.shuanglian.export.ImportColumn.text;

import cn.suzhou.shuanglian.demand.DemandCollectionController;
import cn.suzhou.shuanglian.demand.DemandRow;
import cn.suzhou.shuanglian.demand.DemandType;
import cn.suzhou.shuanglian.demand.DemandView;
import cn.suzhou.shuanglian.demand.IndustryCategory;
import cn.suzhou.shuanglian.demand.ServiceUnitRow;
import cn.suzhou.shuanglian.demand.ServiceUnitView;
import cn.suzhou.shuanglian.enterprise.EnterpriseScale;
import cn.suzhou.shuanglian.industry.IndustryGroup;
import cn.suzhou.shuanglian.industry.IndustryGroups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation.Problem;
import cn.suzhou.shuanglian.platform.web.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Excel import of a district's screened service units (服务单位筛选, P-10) and technology demands
 * (技术需求征集, P-12(1)), issue 16: a template to fill in, and its upload. The rows of an upload are
 * handed to the JSON endpoint's own method ({@link DemandCollectionController#addServiceUnits},
 * {@link DemandCollectionController#addDemands}), so who may add, the rules each row must keep, the
 * all-or-none write and the rule lock cannot differ from the JSON POST — there is no second rule here.
 * Chinese choices are mapped back to codes; a problem the rules find is named by the Excel row number
 * and the column header ({@code "field": "第 3 行 · 统一社会信用代码"}), every problem at once.
 */
@RestController
@RequestMapping("/api/rounds/{year}/districts/{districtCode}")
@Tag(name = "Excel 导入 Excel import", description = "A district's service units and technology demands from the "
    + "project's Excel template: the same access and rules as the JSON POST, all rows or none")
public class ExcelImportController {

  static final List<String> YES_NO = List.of("是", "否");
  private static final Pattern ROW_FIELD = Pattern.compile("(\\w+)\\[(\\d+)]\\.(\\w+)");

  private final DemandCollectionController collections;
  private final IndustryGroups industryGroups;
  private final XlsxImport xlsx;
  private final Messages messages;

  public ExcelImportController(DemandCollectionController collections, IndustryGroups industryGroups,
      XlsxImport xlsx, Messages messages) {
    this.collections = collections;
    this.industryGroups = industryGroups;
    this.xlsx = xlsx;
    this.messages = messages;
  }

  /** The OpenAPI description of an import's answers. */
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @ApiResponse(responseCode = "400", description = "the file is no .xlsx workbook, too large, too long or lacks a "
      + "column (errors[].field = file), or rows broke the list's rules (errors[].field = 第 N 行 · 列名); nothing saved",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "403", description = "not the district's own official nor the city (as the JSON POST)",
      content = @Content(mediaType = "application/problem+json"))
  @ApiResponse(responseCode = "409", description = "the list is not with the district, or someone else holds its task",
      content = @Content(mediaType = "application/problem+json"))
  @interface ImportAnswers {}

  @GetMapping("/service-units/template.xlsx")
  @Operation(summary = "服务单位筛选导入模板.xlsx: the template for importing screened service units (P-10)")
  @ApiResponse(responseCode = "200", description = "the template",
      content = @Content(mediaType = XlsxExport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
  public void serviceUnitTemplate(@PathVariable int year, @PathVariable String districtCode,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    collections.collection(year, districtCode);  // the round, the district and the reader as the JSON GET
    xlsx.sendTemplate(serviceUnitSheet(), response);
  }

  @GetMapping("/demands/template.xlsx")
  @Operation(summary = "技术需求征集导入模板.xlsx: the template for importing technology demands (P-12(1))")
  @ApiResponse(responseCode = "200", description = "the template",
      content = @Content(mediaType = XlsxExport.MEDIA_TYPE, schema = @Schema(type = "string", format = "binary")))
  public void demandTemplate(@PathVariable int year, @PathVariable String districtCode,
      @Parameter(hidden = true) HttpServletResponse response) throws IOException {
    collections.collection(year, districtCode);
    xlsx.sendTemplate(demandSheet(), response);
  }

  @PostMapping(path = "/service-units/import.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add screened service units from the filled-in template (all or none, as the JSON POST)")
  @ImportAnswers
  public List<ServiceUnitView> importServiceUnits(@PathVariable int year, @PathVariable String districtCode,
      @Parameter(description = "the filled-in 服务单位筛选 template (.xlsx)") @RequestPart("file") MultipartFile file) {
    return importRows(year, districtCode, serviceUnitSheet(), file, (i, cells, choices) -> new ServiceUnitRow(
        cells.get("creditCode"), cells.get("name"),
        choices.code(i, cells, "industryGroupCode", groupCodes()),
        choices.code(i, cells, "scale", labels(EnterpriseScale.values(), EnterpriseScale::label)),
        cells.get("contactName"), cells.get("contactPhone"),
        choices.yesNo(i, cells, "compliesWithPolicy"), choices.yesNo(i, cells, "lawfulOperation"),
        cells.get("scaleAndPotential"), choices.yesNo(i, cells, "consent"), cells.get("consentBy")),
        rows -> collections.addServiceUnits(year, districtCode, rows));
  }

  @PostMapping(path = "/demands/import.xlsx", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add technology demands from the filled-in template (all or none, as the JSON POST)")
  @ImportAnswers
  public List<DemandView> importDemands(@PathVariable int year, @PathVariable String districtCode,
      @Parameter(description = "the filled-in 技术需求征集 template (.xlsx)") @RequestPart("file") MultipartFile file) {
    return importRows(year, districtCode, demandSheet(), file, (i, cells, choices) -> new DemandRow(
        cells.get("creditCode"), cells.get("title"),
        choices.code(i, cells, "industryGroupCode", groupCodes()),
        choices.code(i, cells, "industryCategory", labels(IndustryCategory.values(), IndustryCategory::label)),
        choices.code(i, cells, "demandType", labels(DemandType.values(), DemandType::label)),
        cells.get("description"), cells.get("cooperationSought")),
        rows -> collections.addDemands(year, districtCode, rows));
  }

  /** One data row of a sheet (0-based), its cells by field, as the JSON POST's row. */
  private interface RowOf<R> {
    R row(int index, Map<String, String> cells, Choices choices);
  }

  /**
   * The one import path: the district's collection first (a reader of another district learns nothing
   * of the file), the file read and its rows mapped, then the JSON POST's own method; its refusal is
   * told in the file's rows and columns.
   */
  private <R, V> List<V> importRows(int year, String districtCode, ImportSheet sheet, MultipartFile file,
      RowOf<R> rowOf, Function<List<R>, List<V>> add) {
    collections.collection(year, districtCode);
    XlsxImport.ReadRows read = xlsx.read(sheet, file);
    Choices choices = new Choices(sheet);
    List<R> rows = new ArrayList<>();
    for (int i = 0; i < read.rows().size(); i++) {
      rows.add(rowOf.row(i, read.rows().get(i), choices));
    }
    try {
      return add.apply(rows);
    } catch (ProcessRuleViolation violation) {
      throw inExcelTerms(violation, sheet, read, choices);
    }
  }

  ImportSheet serviceUnitSheet() {
    return new ImportSheet("服务单位筛选", "serviceUnits", "每行填写一家经筛选、本人同意接受专员服务的企业", List.of(
        text("creditCode", "统一社会信用代码", "必填。企业的 18 位统一社会信用代码（营业执照上的代码，数字和大写字母，末位为校验码）；"
            + "同一文件中不能重复，也不能是已在本县区名单中或登记在其他县区的企业。"),
        text("name", "企业名称", "必填。企业全称，最多 128 个字。"),
        choice("industryGroupCode", "行业分组", "必填。从下拉列表中选择企业所属的行业分组。", groupNames()),
        choice("scale", "企业规模", "必填。从下拉列表中选择。", labelList(EnterpriseScale.values(), EnterpriseScale::label)),
        text("contactName", "联系人", "必填。企业联系人姓名，最多 64 个字。"),
        text("contactPhone", "联系电话", "必填。联系人的 11 位手机号码。"),
        choice("compliesWithPolicy", "符合国家和地方产业政策", "必填，须为“是”（P-10）。", YES_NO),
        choice("lawfulOperation", "依法合规、正常经营", "必填，须为“是”（P-10）。", YES_NO),
        text("scaleAndPotential", "规模、实力与发展潜力", "必填。简述企业规模、实力与发展潜力，最多 500 个字。"),
        choice("consent", "企业自愿接受专员服务（已征得企业同意）",
            "必填，须为“是”：企业本人同意接受专员服务，不搞行政命令、不硬性摊派（P-10）。", YES_NO),
        text("consentBy", "企业确认人（姓名、职务）", "必填。代表企业表示同意的人的姓名和职务，最多 64 个字。")));
  }

  ImportSheet demandSheet() {
    return new ImportSheet("技术需求征集", "demands", "每行填写一项技术需求", List.of(
        text("creditCode", "服务单位统一社会信用代码", "必填。提出需求的服务单位的 18 位统一社会信用代码；"
            + "该企业须已列入本县区本轮服务单位名单（先导入或填写服务单位筛选）。"),
        text("title", "需求名称", "必填。最多 128 个字；在本县区需求清单中不能重复。"),
        choice("industryGroupCode", "行业分组", "必填。从下拉列表中选择需求所属的行业分组。", groupNames()),
        choice("industryCategory", "需求类别", "必填。从下拉列表中选择。",
            labelList(IndustryCategory.values(), IndustryCategory::label)),
        choice("demandType", "需求类型", "必填。从下拉列表中选择。", labelList(DemandType.values(), DemandType::label)),
        text("description", "需求描述", "必填。需求的具体内容，最多 2000 个字。"),
        text("cooperationSought", "期望合作方式", "必填。如联合攻关、技术转让、委托开发，最多 200 个字。")));
  }

  private List<IndustryGroup> groups() {
    return industryGroups.findAll().stream().sorted(Comparator.comparingInt(IndustryGroup::getSortOrder)).toList();
  }

  private List<String> groupNames() {
    return groups().stream().map(IndustryGroup::getName).toList();
  }

  private Map<String, String> groupCodes() {
    return groups().stream().collect(Collectors.toMap(IndustryGroup::getName, IndustryGroup::getCode));
  }

  private static <E extends Enum<E>> List<String> labelList(E[] values, Function<E, String> label) {
    return Arrays.stream(values).map(label).toList();
  }

  private static <E extends Enum<E>> Map<String, String> labels(E[] values, Function<E, String> label) {
    return Arrays.stream(values).collect(Collectors.toMap(label, Enum::name));
  }

  /**
   * The cells of choice columns mapped back to codes; a cell that is none of the column's choices is
   * remembered, so its problem names the Chinese choices rather than the codes the rules know.
   */
  private final class Choices {
    private final ImportSheet sheet;
    private final Map<String, String> unknown = new HashMap<>();

    Choices(ImportSheet sheet) {
      this.sheet = sheet;
    }

    String code(int index, Map<String, String> cells, String field, Map<String, String> codes) {
      String label = cells.get(field);
      if (label == null) {
        return null;
      }
      String code = codes.get(label);
      if (code == null) {
        unknown.put(index + "." + field, messages.get("import.cell.notAChoice", label,
            String.join("、", sheet.column(field).choices())));
        return label;  // the rules refuse it
      }
      return code;
    }

    Boolean yesNo(int index, Map<String, String> cells, String field) {
      String label = cells.get(field);
      if ("是".equals(label)) {
        return true;
      }
      if ("否".equals(label)) {
        return false;
      }
      if (label != null) {
        unknown.put(index + "." + field, messages.get("import.cell.notAChoice", label, "是、否"));
      }
      return null;
    }

    String override(int index, String field) {
      return unknown.get(index + "." + field);
    }
  }

  /**
   * The rules' refusal with each row's problem named by its Excel row and column header. The rules word
   * a problem "第 1 行「…」：reason" by list position; the reason is kept, the row becomes the Excel row.
   */
  private ProcessRuleViolation inExcelTerms(ProcessRuleViolation violation, ImportSheet sheet, XlsxImport.ReadRows read,
      Choices choices) {
    List<Problem> problems = new ArrayList<>();
    for (Problem problem : violation.problems()) {
      Matcher at = ROW_FIELD.matcher(problem.field() == null ? "" : problem.field());
      if (!at.matches() || !at.group(1).equals(sheet.list())) {
        problems.add(new Problem(XlsxImport.FIELD, problem.message()));
        continue;
      }
      int index = Integer.parseInt(at.group(2));
      String field = at.group(3);
      ImportColumn column = sheet.column(field);
      String excelRow = String.valueOf(read.excelRows().get(index));
      String header = column == null ? messages.get("import.cell.wholeRow") : column.header();
      String prefix = messages.get("demand.row.problem", index + 1,
          messages.get(sheet.list() + ".field." + field), "");
      String reason = choices.override(index, field);
      if (reason == null) {
        reason = problem.message().startsWith(prefix) ? problem.message().substring(prefix.length())
            : problem.message();
      }
      problems.add(new Problem(messages.get("import.cell", excelRow, header),
          messages.get("import.cell.problem", excelRow, header, reason)));
    }
    return new ProcessRuleViolation(problems);
  }
}
