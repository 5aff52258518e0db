package cn.suzhou.shuanglian.nomination;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import java.time.Instant;
import java.util.List;

/** A round's preliminary list as the API shows it: each candidate's eligibility and release, every countersignature. */
public record NominationView(int roundYear, NominationStatus status, int countersignAttempt, Instant finalisedAt,
    List<NomineeView> nominees, List<CountersignView> countersigns) {

  public record NomineeView(Long commissionerId, String name, String sourceUnitCode, String sourceUnitName,
      String industryGroupCode, String industryGroupName, boolean provincial, CommissionerLevel level,
      String levelLabel, String eligibilityReason,
      ReleaseStatus releaseStatus, String releaseReason, String releasedBy, Instant releasedAt) {

    static NomineeView of(Nominee n) {
      var c = n.getCommissioner();
      return new NomineeView(c.getId(), c.getName(), c.getSourceUnit().getCode(), c.getSourceUnit().getName(),
          c.getIndustryGroup().getCode(), c.getIndustryGroup().getName(), n.isProvincial(), c.getLevel(),
          c.getLevel().label(), n.getEligibilityReason(),
          n.getReleaseStatus(), n.getReleaseReason(), n.getReleasedBy(), n.getReleasedAt());
    }
  }

  public record CountersignView(int attemptNo, String departmentGroup, String departmentName,
      Countersign.Decision decision, String comment, String signedBy, Instant signedAt) {}
}
