package cn.suzhou.shuanglian.demand;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One row of a district's service-unit list (服务单位筛选, P-10), as the Tasklist form's list, the
 * task variable {@code serviceUnits} and the API carry it. Checked by {@link DemandListRules}.
 */
@Schema(description = "A screened service unit: the enterprise, the P-10 screening facts and its own consent")
public record ServiceUnitRow(
    @Schema(description = "统一社会信用代码 (GB 32100)", example = "91341302MA2T000154") String creditCode,
    @Schema(description = "企业名称", example = "宿州恒达新型建材有限公司") String name,
    @Schema(description = "行业分组 code", example = "NEW_MATERIALS") String industryGroupCode,
    @Schema(description = "企业规模: LARGE, MEDIUM, SMALL, MICRO", example = "MEDIUM") String scale,
    @Schema(description = "联系人", example = "刘建华") String contactName,
    @Schema(description = "联系电话 (mobile)", example = "13955710001") String contactPhone,
    @Schema(description = "符合国家和地方产业政策 (must be true, P-10)") Boolean compliesWithPolicy,
    @Schema(description = "依法合规、正常经营 (must be true, P-10)") Boolean lawfulOperation,
    @Schema(description = "规模、实力与发展潜力", example = "年产新型墙材 60 万立方米，省级专精特新企业") String scaleAndPotential,
    @Schema(description = "企业自愿接受专员服务 (must be true: no administrative orders, P-10)") Boolean consent,
    @Schema(description = "企业确认人（姓名、职务）", example = "刘建华 总经理") String consentBy) {}
