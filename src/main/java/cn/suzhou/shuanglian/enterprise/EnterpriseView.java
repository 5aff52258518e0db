package cn.suzhou.shuanglian.enterprise;

import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;

/** An enterprise as the API shows it; the contact's phone is full only for the district and the city. */
public record EnterpriseView(Long id, String creditCode, String name, String districtCode, String districtName,
    String industryGroupCode, String industryGroupName, EnterpriseScale scale, String scaleLabel, String contactName,
    String contactPhone) {

  public static EnterpriseView of(Enterprise e, CurrentUser reader) {
    boolean full = reader.actsFor(e.getDistrict().getCode());
    return new EnterpriseView(e.getId(), e.getCreditCode(), e.getName(), e.getDistrict().getCode(),
        e.getDistrict().getName(), e.getIndustryGroup().getCode(), e.getIndustryGroup().getName(), e.getScale(),
        e.getScale().label(), e.getContactName(),
        full ? e.getContactPhone() : ChineseIdentifiers.maskPhone(e.getContactPhone()));
  }
}
