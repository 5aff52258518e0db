package cn.suzhou.shuanglian.demand;

import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.platform.validation.ChineseIdentifiers;
import java.time.Instant;

/** A screened service unit as the API shows it; the contact's phone is full only for its district and the city. */
public record ServiceUnitView(Long id, int roundYear, String districtCode, String creditCode, String name,
    String industryGroupCode, String industryGroupName, String scale, String contactName, String contactPhone,
    boolean compliesWithPolicy, boolean lawfulOperation, String scaleAndPotential, boolean consent, String consentBy,
    String screenedBy, Instant screenedAt) {

  static ServiceUnitView of(ServiceUnit u, DemandCollection c, int roundYear, CurrentUser reader) {
    Enterprise e = u.getEnterprise();
    boolean full = reader.actsFor(c.getDistrict().getCode());
    return new ServiceUnitView(u.getId(), roundYear, c.getDistrict().getCode(), e.getCreditCode(),
        e.getName(), e.getIndustryGroup().getCode(), e.getIndustryGroup().getName(), e.getScale().name(),
        e.getContactName(), full ? e.getContactPhone() : ChineseIdentifiers.maskPhone(e.getContactPhone()),
        u.isCompliesWithPolicy(), u.isLawfulOperation(), u.getScaleAndPotential(), u.isConsent(), u.getConsentBy(),
        u.getScreenedBy(), u.getScreenedAt());
  }
}
