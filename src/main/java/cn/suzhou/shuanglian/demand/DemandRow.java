package cn.suzhou.shuanglian.demand;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One row of a district's technology-demand list (技术需求征集, P-12(1)), tied to a screened service
 * unit by its credit code, as the Tasklist form, the task variable {@code demands} and the API
 * carry it. Titles are unique within a district's list. Checked by {@link DemandListRules}.
 */
@Schema(description = "A technology demand of a screened service unit")
public record DemandRow(
    @Schema(description = "服务单位统一社会信用代码", example = "91341302MA2T000154") String creditCode,
    @Schema(description = "需求名称 (unique in the district's list)", example = "固废基新型墙材强度提升") String title,
    @Schema(description = "行业分组 code", example = "NEW_MATERIALS") String industryGroupCode,
    @Schema(description = "需求类别: LEADING 主导产业, EMERGING 新兴产业, BACKBONE 骨干企业", example = "LEADING")
    String industryCategory,
    @Schema(description = "需求类型: TECH_PROBLEM, PRODUCT_DEVELOPMENT, ACHIEVEMENT_TRANSFER, PLATFORM_COBUILD, "
        + "TALENT_CONSULTING", example = "TECH_PROBLEM") String demandType,
    @Schema(description = "需求描述", example = "以煤矸石、粉煤灰为原料的蒸压砌块强度不稳定，需优化配方与养护工艺。")
    String description,
    @Schema(description = "期望合作方式", example = "联合攻关") String cooperationSought) {}
