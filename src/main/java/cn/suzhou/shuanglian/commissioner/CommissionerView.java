package cn.suzhou.shuanglian.commissioner;

import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;

/** A commissioner as the API shows it; phone and ID number masked for readers who need not see them. */
public record CommissionerView(Long id, String name, String userId, String sourceUnitCode, String sourceUnitName,
    CommissionerLevel level, String levelLabel, String industryGroupCode, String industryGroupName, String expertise,
    String title, String phone, String residentId, boolean personalDataMasked, boolean barred) {

  public static CommissionerView of(Commissioner c, CurrentUser reader) {
    boolean full = reader.seesPersonalData(c.getUserId(), c.getSourceUnit().getCode());
    return new CommissionerView(c.getId(), c.getName(), c.getUserId(), c.getSourceUnit().getCode(),
        c.getSourceUnit().getName(), c.getLevel(), c.getLevel().label(), c.getIndustryGroup().getCode(),
        c.getIndustryGroup().getName(), c.getExpertise(), c.getTitle(),
        full ? c.getPhone() : ChineseIdentifiers.maskPhone(c.getPhone()),
        full ? c.getResidentId() : ChineseIdentifiers.maskResidentId(c.getResidentId()),
        !full, c.isBarred());
  }
}
