package cn.suzhou.shuanglian.enterprise;

import cn.suzhou.shuanglian.platform.validation.MaxCharacters;
import cn.suzhou.shuanglian.platform.validation.MobilePhone;
import cn.suzhou.shuanglian.platform.validation.UnifiedSocialCreditCode;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** A new enterprise of a district. */
public record EnterpriseRequest(
    @Schema(description = "统一社会信用代码 (GB 32100)", example = "91341302MA2NQ8C1XU") @NotBlank @UnifiedSocialCreditCode
    String creditCode,
    @Schema(example = "宿州恒达新型建材有限公司") @NotBlank @MaxCharacters(128) String name,
    @Schema(example = "341302") @NotBlank String districtCode,
    @Schema(example = "NEW_MATERIALS") @NotBlank String industryGroupCode,
    @NotNull EnterpriseScale scale,
    @MaxCharacters(64) String contactName,
    @Schema(example = "13955712345") @MobilePhone String contactPhone) {}
