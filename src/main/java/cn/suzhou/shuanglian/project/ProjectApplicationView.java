package cn.suzhou.shuanglian.project;

import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A joint project application as {@code /api} shows it (P-19). The experts' names and individual
 * reviews are shown to the city bureau and process managers only; others see how many reviewed and
 * the average.
 */
public record ProjectApplicationView(Long id, String applicationNo, int applicationYear, ProjectStatus status,
    String statusLabel, Long commissionerId, String commissionerName, CommissionerLevel commissionerLevel,
    String commissionerLevelLabel, String sourceUnitName, Long dispatchId, String districtCode, String districtName,
    Long enterpriseId, String enterpriseName, String creditCode, String title, ProjectCategory category,
    String categoryLabel, String industryGroupCode, String industryGroupName, String content, String goals,
    BigDecimal totalBudget, BigDecimal enterpriseFunding, int durationMonths, boolean quotaExempt,
    int reviewPriority, boolean holdsYearPlace, String filedBy, Instant filedAt, Boolean conditionsMet,
    String conditionsNote, BigDecimal averageScore, int reviewsSubmitted, List<ReviewLine> reviews,
    String decisionNote, boolean recommendedToProvince, String recommendationNote, String endReason,
    Instant decidedAt, String processInstanceId) {

  /** One expert's review, for the city bureau and process managers. */
  public record ReviewLine(String reviewerName, String reviewerSourceUnit, Integer score, String opinion,
      Boolean recommendProvince, Instant submittedAt) {}

  static ProjectApplicationView of(ProjectApplication a, List<ProjectReview> reviews, boolean showReviewers) {
    List<ProjectReview> submitted = reviews.stream().filter(ProjectReview::isSubmitted).toList();
    List<ReviewLine> lines = showReviewers ? reviews.stream().map(r -> new ReviewLine(
        r.getMembership().getCommissioner().getName(), r.getMembership().getCommissioner().getSourceUnit().getName(),
        r.getScore(), r.getOpinion(), r.getRecommendProvince(), r.getSubmittedAt())).toList() : List.of();
    var c = a.getCommissioner();
    var district = a.getDispatch().getDistrict();
    return new ProjectApplicationView(a.getId(), a.applicationNo(), a.getApplicationYear(), a.getStatus(),
        a.getStatus().label(), c.getId(), c.getName(), c.getLevel(), c.getLevel().label(),
        c.getSourceUnit().getName(), a.getDispatch().getId(), district.getCode(), district.getName(),
        a.getEnterprise().getId(), a.getEnterprise().getName(), a.getEnterprise().getCreditCode(), a.getTitle(),
        a.getCategory(), a.getCategory().label(), a.getIndustryGroup().getCode(), a.getIndustryGroup().getName(),
        a.getContent(), a.getGoals(), a.getTotalBudget(), a.getEnterpriseFunding(), a.getDurationMonths(),
        a.isQuotaExempt(), a.getReviewPriority(), a.getStatus().holdsYearPlace(), a.getFiledBy(), a.getFiledAt(),
        a.getConditionsMet(), a.getConditionsNote(), a.getAverageScore(), submitted.size(), lines,
        a.getDecisionNote(), a.isRecommendedToProvince(), a.getRecommendationNote(), a.getEndReason(),
        a.getDecidedAt(), a.getProcessInstanceId());
  }
}
