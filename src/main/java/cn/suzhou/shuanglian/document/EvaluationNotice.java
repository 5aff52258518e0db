package cn.suzhou.shuanglian.document;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.Grade;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 考核结果通知: the approved result of a yearly evaluation, addressed to the commissioner's source unit
 * (P-18: 评价结果，由科技部门反馈至派出单位) — the service year and its period, the grade, the weighted score
 * of the four criteria, the confirmed service days (P-15: at least a month a year), and for 不合格 the end
 * of the cooperation.
 */
final class EvaluationNotice {

  private EvaluationNotice() {}

  /** 考核结果通知（姓名 第1服务年度）.pdf. */
  static String fileName(Evaluation evaluation) {
    return "考核结果通知（" + evaluation.getDispatch().getCommissioner().getName() + "第" + evaluation.getServiceYear()
        + "服务年度）.pdf";
  }

  static byte[] render(Evaluation evaluation) {
    Dispatch dispatch = evaluation.getDispatch();
    String name = dispatch.getCommissioner().getName();
    String district = dispatch.getDistrict().getName();
    LocalDate from = dispatch.getTermStart().plusYears(evaluation.getServiceYear() - 1L);
    LocalDate through = from.plusYears(1).minusDays(1);
    Grade grade = evaluation.getGrade();
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"双链融合专员", name + "（" + dispatch.getCommissioner().getLevel().label() + "）"});
    rows.add(new String[] {"派驻县区（园区）", district});
    rows.add(new String[] {"协议编号", dispatch.getAgreement().getAgreementNo()});
    rows.add(new String[] {"考核年度", "第" + evaluation.getServiceYear() + "服务年度（"
        + OfficialDocument.chineseDate(from) + "至" + OfficialDocument.chineseDate(through) + "）"});
    rows.add(new String[] {"确认服务天数", evaluation.getConfirmedDays() + "天"});
    if (evaluation.getWeightedScore() != null) {
      rows.add(new String[] {"综合得分", evaluation.getWeightedScore().setScale(2, RoundingMode.HALF_UP).toPlainString()
          + "分"});
    }
    rows.add(new String[] {"考核等次", grade.label()});
    if (evaluation.getCityComment() != null && !evaluation.getCityComment().isBlank()) {
      rows.add(new String[] {"市科技局审定意见", evaluation.getCityComment()});
    }
    try (OfficialDocument pdf = new OfficialDocument("双链融合专员年度考核结果通知")) {
      pdf.title("双链融合专员年度考核结果通知")
          .rule()
          .flush(dispatch.getSourceUnit().getName() + "：")
          .paragraph("贵单位选派的双链融合专员" + name + "同志自" + OfficialDocument.chineseDate(dispatch.getTermStart())
              + "起派驻" + district + "开展科技服务。根据" + AgreementDocument.POLICY + "，" + district
              + "科技主管部门会同服务单位，以企业导向、工作主动性、企业满意度、工作成效为主要内容，对该同志进行了年度考核评价，"
              + "经宿州市科学技术局审定，现将考核结果通知如下：")
          .form(rows);
      if (grade == Grade.UNQUALIFIED) {
        pdf.paragraph("该同志本年度考核评价为不合格等次，依据实施方案规定，终止与该同志的合作，不再予以派驻服务。");
      }
      pdf.paragraph("本考核结果可作为该同志在贵单位评优评奖和职级职称晋升的重要参考。")
          .paragraph("特此通知。")
          .issuer(AgreementDocument.CITY, OfficialDocument.chineseDate(evaluation.getApprovedAt()));
      return pdf.bytes();
    }
  }
}
