package cn.suzhou.shuanglian.commissioner;

import cn.suzhou.shuanglian.platform.validation.MaxCharacters;
import cn.suzhou.shuanglian.platform.validation.MobilePhone;
import cn.suzhou.shuanglian.platform.validation.ResidentIdNumber;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A new entry of the commissioner information database (P-04). */
public record CommissionerRequest(
    @Schema(example = "周海明") @NotBlank @MaxCharacters(64) String name,
    @Schema(description = "Camunda user id of the person, if they have a login", example = "zhou.haiming")
    @Pattern(regexp = "^[a-zA-Z0-9][a-zA-Z0-9._-]{0,63}$") String userId,
    @Schema(example = "szu") @NotBlank String sourceUnitCode,
    @NotNull CommissionerLevel level,
    @Schema(example = "NEW_MATERIALS") @NotBlank String industryGroupCode,
    @Schema(example = "新型建材、固废资源化利用") @NotBlank @MaxCharacters(500) String expertise,
    @Schema(example = "教授") @NotBlank @MaxCharacters(64) String title,
    @Schema(example = "13805571234") @NotBlank @MobilePhone String phone,
    @Schema(example = "341302197804152019") @NotBlank @ResidentIdNumber String residentId) {}
