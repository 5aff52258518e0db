package cn.suzhou.shuanglian.project;

import java.math.BigDecimal;

/**
 * What Tasklist and the forms show of a joint project application (P-19): read from its row, and
 * mirrored into the process variables by {@link ValidateProjectApplication} for display only — no rule
 * reads them back.
 */
public record ProjectCase(String applicationNo, int year, String title, String category, String categoryLabel,
    String industryGroupCode, String industryGroupName, String content, String goals, BigDecimal totalBudget,
    BigDecimal enterpriseFunding, int durationMonths, String creditCode, String enterpriseName, String districtCode,
    String districtName, String applicantName, String sourceUnitName, String commissionerUserId,
    String enterpriseUserId, String enterpriseGroupId, int reviewPriority, String caseTitle) {

  /** The application as its tasks show it; an enterprise without a login is answered for by its district. */
  static ProjectCase of(ProjectApplication a) {
    String contact = a.getEnterprise().getContactUserId();
    boolean hasContact = contact != null && !contact.isBlank();
    var district = a.getDispatch().getDistrict();
    var commissioner = a.getCommissioner();
    return new ProjectCase(a.applicationNo(), a.getApplicationYear(), a.getTitle(), a.getCategory().name(),
        a.getCategory().label(), a.getIndustryGroup().getCode(), a.getIndustryGroup().getName(), a.getContent(),
        a.getGoals(), a.getTotalBudget(), a.getEnterpriseFunding(), a.getDurationMonths(),
        a.getEnterprise().getCreditCode(), a.getEnterprise().getName(), district.getCode(), district.getName(),
        commissioner.getName(), commissioner.getSourceUnit().getName(), commissioner.getUserId(),
        hasContact ? contact : null, hasContact ? null : district.groupId(), a.getReviewPriority(),
        a.applicationNo() + " " + a.getTitle() + "（" + commissioner.getName() + " · " + a.getEnterprise().getName()
            + "）");
  }
}
