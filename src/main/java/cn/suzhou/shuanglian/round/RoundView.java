package cn.suzhou.shuanglian.round;

import cn.suzhou.shuanglian.demand.DemandStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A selection round as the API shows it, with the collections of the districts the caller may read. */
public record RoundView(Long id, int roundYear, RoundStatus status, LocalDate collectionDeadline,
    String processInstanceId, String openedBy, Instant openedAt, List<String> districtCodes,
    List<DistrictProgress> districts, Instant summaryCompiledAt, String summaryReviewedBy, Instant summaryReviewedAt,
    String summaryReviewNote) {

  /** Where one district's collection stands. */
  public record DistrictProgress(String districtCode, String districtName, DemandStatus status, Instant submittedAt,
      Instant approvedAt) {}
}
