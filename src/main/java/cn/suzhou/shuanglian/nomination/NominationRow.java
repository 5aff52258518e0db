package cn.suzhou.shuanglian.nomination;

import io.swagger.v3.oas.annotations.media.Schema;

/** One row of the city's draft list, as the form's list and the task variable {@code nominees} carry it. */
public record NominationRow(
    @Schema(description = "专员编号 (commissioner information database id)") Long commissionerId,
    @Schema(description = "姓名 (filled in by the system)") String name,
    @Schema(description = "派出单位 (filled in by the system)") String sourceUnitName,
    @Schema(description = "行业分组 (filled in by the system)") String industryGroupName,
    @Schema(description = "P-07 conditions attested by the city bureau (must be true)") Boolean conditionsAttested,
    @Schema(description = "provincial-level commissioner (P-13; filled in by the system)") Boolean provincial) {}
