package cn.suzhou.shuanglian.demand;

import java.time.Instant;
import java.util.List;

/** A district's demand collection in a round: where it stands, its counts and every review with its comments. */
public record CollectionView(Long id, int roundYear, String districtCode, String districtName, DemandStatus status,
    String processInstanceId, int serviceUnitCount, int demandCount, String submittedBy, Instant submittedAt,
    String approvedBy, Instant approvedAt, List<ReviewView> reviews) {

  /** One review (审定) of the list. */
  public record ReviewView(int reviewNo, DemandReview.Decision decision, String comment, String reviewedBy,
      Instant reviewedAt) {}
}
