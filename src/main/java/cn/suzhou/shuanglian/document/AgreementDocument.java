package cn.suzhou.shuanglian.document;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import java.util.List;

/**
 * 派驻协议书: the signed agreement (签订协议, P-12(3)) between the commissioner and the district's S&amp;T
 * department, with the source unit (派出单位) and the City S&amp;T Bureau (宿州市科技局) as parties — its
 * number, the two-year term (P-15), the duties of the policy (职责任务, P-09), the service units (P-10),
 * joint management (P-14), conditions and subsidies (P-05), concurrent posts (P-16), discipline (P-17),
 * the yearly evaluation (P-18) and renewal (P-15). The clauses' text is the policy's own
 * (/work/shared/seed, 《宿州市双链融合专员服务县域经济高质量发展实施方案》).
 */
final class AgreementDocument {

  static final String POLICY = "《宿州市双链融合专员服务县域经济高质量发展实施方案》";
  static final String CITY = "宿州市科学技术局";

  private AgreementDocument() {}

  /** The file name: 派驻协议书（协议编号）.pdf. */
  static String fileName(Agreement agreement) {
    return "派驻协议书（" + agreement.getAgreementNo() + "）.pdf";
  }

  static byte[] render(Agreement agreement) {
    Commissioner commissioner = agreement.getCommissioner();
    String district = agreement.getDistrict().getName();
    String sourceUnit = commissioner.getSourceUnit().getName();
    String termStart = OfficialDocument.chineseDate(agreement.getTermStart());
    String termLastDay = OfficialDocument.chineseDate(agreement.getTermEnd().minusDays(1));
    String signedOn = OfficialDocument.chineseDate(agreement.getSignedOn());
    try (OfficialDocument pdf = new OfficialDocument("宿州市双链融合专员派驻协议书")) {
      pdf.title("宿州市双链融合专员派驻协议书")
          .centred("协议编号：" + agreement.getAgreementNo(), 14f)
          .rule()
          .flush("甲方（派驻单位）：" + district + "科技主管部门")
          .flush("乙方（双链融合专员）：" + commissioner.getName() + "（" + commissioner.getLevel().label() + "双链融合专员）")
          .flush("丙方（派出单位）：" + sourceUnit)
          .flush("丁方（管理单位）：" + CITY)
          .space(6)
          .paragraph("为深入推动创新链和产业链深度融合，服务县域经济高质量发展，根据" + POLICY + "，经市科技局组织"
              + "供需对接、分组匹配，乙方与甲方匹配成功。四方本着平等自愿、共同发展的原则，就乙方派驻" + district
              + "开展科技服务事宜签订本协议。")
          // P-15: a term of two years, at least one month of service a year
          .heading("第一条　派驻期限")
          .paragraph("乙方采用“柔性引进”方式派驻甲方，派驻期为两年，自" + termStart + "起至" + termLastDay
              + "止。派驻期间乙方原则上每年服务时间不少于一个月。")
          // P-09: the four duties
          .heading("第二条　乙方职责任务")
          .paragraph("（一）帮助县区（园区）主导产业、新兴产业和骨干企业开展技术需求挖掘，对接高校院所、技术转移中心等"
              + "科技资源平台和人才团队，建立企业出题，高校院所等解题工作机制。")
          .paragraph("（二）帮助收集高校院所等科技资源平台和人才团队最新技术成果，推荐给县区（园区）或企业，开展对接活动，"
              + "促进成果转化应用。")
          .paragraph("（三）帮助县区（园区）企业与高校院所等建立产学研合作关系，共建成果转化或技术转移平台。")
          .paragraph("（四）帮助县区（园区）企业开展科技咨询、技术诊断、产品开发、成果转化等技术服务。")
          // P-10, P-05, P-16
          .heading("第三条　甲方责任")
          .paragraph("（一）甲方按照符合产业政策、依法依规经营的要求筛选服务单位，充分尊重企业意愿，不搞行政命令，"
              + "不向企业硬性分配任务。")
          .paragraph("（二）甲方为乙方提供必要的工作、生活条件和经费补助，负责乙方的考核评价工作。")
          .paragraph("（三）甲方支持乙方到园区或企业兼任技术顾问、技术总监等职务。")
          // P-14
          .heading("第四条　共同管理")
          .paragraph("派驻期间，乙方由甲方、丙方和服务单位共同管理，以服务单位所在地管理为主。甲方加强与丙方、服务单位"
              + "的联系协调，丁方统筹做好双链融合专员管理工作。丙方对派出的乙方给予支持。")
          // P-17
          .heading("第五条　工作纪律")
          .paragraph("乙方应保守企业秘密，不得干预企业的正常生产经营活动，不得向企业硬性摊派相关业务或扰乱市场竞争秩序、"
              + "排挤其它机构。对违反工作纪律的，一经查实，按照有关规定处理。")
          // P-18
          .heading("第六条　考核评价")
          .paragraph("甲方会同服务单位，按照经丁方审定的考核评价制度，以企业导向、工作主动性、企业满意度、工作成效等为主要"
              + "内容，每年对乙方进行一次考核评价。评价为不合格等次的，终止与乙方合作，不再予以派驻服务。评价结果由"
              + "科技部门反馈至丙方，可作为乙方在丙方评优评奖和职级职称晋升的重要参考。")
          // P-15
          .heading("第七条　续派")
          .paragraph("派驻期满，经各方协商同意，可申请续派，续派另行签订协议。")
          .heading("第八条　其他")
          .paragraph("本协议未尽事宜，由各方按照" + POLICY + "协商解决。本协议一式四份，各方各执一份，自"
              + signedOn + "签订之日起生效。")
          .paragraph("（以下无正文）")
          .signatures(List.of(
              new String[] {"甲方（盖章）：", district + "科技主管部门", "负责人（签字）：", signedOn},
              new String[] {"乙方（签字）：", commissioner.getName(), "", signedOn},
              new String[] {"丙方（盖章）：", sourceUnit, "负责人（签字）：", signedOn},
              new String[] {"丁方（盖章）：", CITY, "负责人（签字）：", signedOn}));
      return pdf.bytes();
    }
  }
}
