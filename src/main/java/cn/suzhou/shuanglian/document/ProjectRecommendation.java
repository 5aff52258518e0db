package cn.suzhou.shuanglian.document;

import cn.suzhou.shuanglian.project.ProjectApplicationView;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * 联合科技项目推荐表: an approved joint project of a commissioner and the enterprise it serves (P-19:
 * exempt from the district's quota, reviewed first, the best recommended for provincial projects) with
 * its number (宿双链项〔年〕号), the parties, budget and term, the experts' average score and the city's
 * decision — as {@code GET /api/project-applications/{id}} shows it to the reader.
 */
final class ProjectRecommendation {

  private ProjectRecommendation() {}

  /** 联合项目推荐表（宿双链项〔2026〕0007）.pdf. */
  static String fileName(ProjectApplicationView project) {
    return "联合项目推荐表（" + project.applicationNo() + "）.pdf";
  }

  private static String amount(BigDecimal value) {
    return value == null ? "" : value.setScale(2, RoundingMode.HALF_UP).toPlainString() + "万元";
  }

  static byte[] render(ProjectApplicationView p) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"项目名称", p.title()});
    rows.add(new String[] {"项目类别", p.categoryLabel()});
    rows.add(new String[] {"申报年度", p.applicationYear() + "年"});
    rows.add(new String[] {"产业组", p.industryGroupName()});
    rows.add(new String[] {"双链融合专员", p.commissionerName() + "（" + p.commissionerLevelLabel() + "）"});
    rows.add(new String[] {"派出单位", p.sourceUnitName()});
    rows.add(new String[] {"派驻县区（园区）", p.districtName()});
    rows.add(new String[] {"联合申报企业", p.enterpriseName()});
    rows.add(new String[] {"统一社会信用代码", p.creditCode()});
    rows.add(new String[] {"项目总预算", amount(p.totalBudget())});
    rows.add(new String[] {"其中企业投入", amount(p.enterpriseFunding())});
    rows.add(new String[] {"实施周期", p.durationMonths() + "个月"});
    rows.add(new String[] {"主要研究内容", p.content()});
    rows.add(new String[] {"预期目标", p.goals()});
    if (p.averageScore() != null) {
      rows.add(new String[] {"专家评审均分", p.averageScore().setScale(2, RoundingMode.HALF_UP).toPlainString() + "分"
          + (p.reviewsSubmitted() > 0 ? "（" + p.reviewsSubmitted() + "位专家）" : "")});
    }
    rows.add(new String[] {"审定意见", p.decisionNote() == null || p.decisionNote().isBlank() ? "同意立项" : p.decisionNote()});
    rows.add(new String[] {"推荐省级项目", p.recommendedToProvince()
        ? "择优推荐申报省级项目" + (p.recommendationNote() == null ? "" : "。" + p.recommendationNote()) : "否"});
    try (OfficialDocument pdf = new OfficialDocument("双链融合专员联合科技项目推荐表")) {
      pdf.title("双链融合专员联合科技项目推荐表")
          .centred(p.applicationNo(), 14f)
          .rule()
          .paragraph("该项目系双链融合专员" + p.commissionerName() + "与服务单位" + p.enterpriseName()
              + "联合开展的科技攻关项目，符合市重大专项或科技计划项目申报条件，根据" + AgreementDocument.POLICY
              + "，不受县区（园区）申报限额，优先列入评审。经专家评审、宿州市科学技术局审定，同意立项"
              + (p.recommendedToProvince() ? "，并择优推荐申报省级项目。" : "。"))
          .form(rows)
          .issuer(AgreementDocument.CITY + "（盖章）", OfficialDocument.chineseDate(p.decidedAt()));
      return pdf.bytes();
    }
  }
}
