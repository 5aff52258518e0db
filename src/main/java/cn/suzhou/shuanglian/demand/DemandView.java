package cn.suzhou.shuanglian.demand;

import java.time.Instant;

/** A technology demand as the API shows it. */
public record DemandView(Long id, int roundYear, String districtCode, String districtName, String creditCode,
    String enterpriseName, String title, String industryGroupCode, String industryGroupName,
    IndustryCategory industryCategory, DemandType demandType, String description, String cooperationSought,
    DemandStatus status, String createdBy, Instant createdAt) {

  static DemandView of(TechnologyDemand d, DemandCollection c, int roundYear) {
    return new DemandView(d.getId(), roundYear, c.getDistrict().getCode(), c.getDistrict().getName(),
        d.getServiceUnit().getEnterprise().getCreditCode(), d.getServiceUnit().getEnterprise().getName(), d.getTitle(),
        d.getIndustryGroup().getCode(), d.getIndustryGroup().getName(), d.getIndustryCategory(), d.getDemandType(),
        d.getDescription(), d.getCooperationSought(), d.getStatus(), d.getCreatedBy(), d.getCreatedAt());
  }
}
