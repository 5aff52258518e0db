package cn.suzhou.shuanglian.round;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * A round's supply–demand comparison (供需比对, P-04): approved demands per district and industry
 * group, and per industry group the commissioners the information database offers.
 */
public record SupplyDemandSummary(int roundYear, List<IndustryLine> byIndustry, List<DistrictLine> byDistrict) {

  /** Supply and demand of one industry group across the city. */
  public record IndustryLine(String industryGroupCode, String industryGroupName, int demandCount,
      int serviceUnitCount, int commissionerCount, int provincialCount,
      @Schema(description = "commissioners available minus demands: negative where demand exceeds supply") int gap) {}

  /** Approved demands of one district in one industry group. */
  public record DistrictLine(String districtCode, String districtName, String industryGroupCode,
      String industryGroupName, int demandCount, int serviceUnitCount) {}
}
