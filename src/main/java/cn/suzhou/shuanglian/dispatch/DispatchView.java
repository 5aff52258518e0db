package cn.suzhou.shuanglian.dispatch;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A dispatch as the domain API shows it to the parties that manage it (P-14): the city, the
 * district, the source unit, the commissioner, the enterprises served.
 *
 * @param commissionerLevel the commissioner's level (P-13), with its Chinese label
 * @param termLastDay the last day of the term (the term runs from termStart through termLastDay)
 */
public record DispatchView(Long id, String businessKey, String agreementNo, Long commissionerId,
    String commissionerName, CommissionerLevel commissionerLevel, String commissionerLevelLabel, String districtCode, String districtName, String sourceUnitCode, String sourceUnitName,
    LocalDate termStart, LocalDate termLastDay, DispatchStatus status, String endReason, String processInstanceId,
    List<EnterpriseRef> enterprises) {

  public record EnterpriseRef(Long id, String creditCode, String name) {}

  /** The dispatch with what was recorded on it. */
  public record Detail(DispatchView dispatch, List<EvaluationLine> evaluations, List<PostLine> posts,
      List<SubsidyLine> subsidies, List<OpinionLine> renewalOpinions) {}

  public record EvaluationLine(Long id, int serviceYear, String status, int confirmedDays, BigDecimal weightedScore,
      String grade, String gradeLabel, boolean exceptionJustified, boolean acknowledgedBySourceUnit) {}

  public record PostLine(Long id, String organisation, ConcurrentPost.PostType postType, String postTitle,
      LocalDate startDate, LocalDate endDate) {}

  public record SubsidyLine(Long id, BigDecimal amount, LocalDate paidOn, String purpose) {}

  public record OpinionLine(RenewalOpinion.Party party, String decision, String comment) {}

  /** A concurrent post to record (P-16). */
  public record PostRequest(String organisation, String postType, String postTitle, String startDate, String endDate) {}

  /** A subsidy the district paid (P-05). */
  public record SubsidyRequest(BigDecimal amount, String paidOn, String purpose) {}
}
