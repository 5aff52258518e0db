package cn.suzhou.shuanglian.demo;

import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.project.ProjectApplication;
import cn.suzhou.shuanglian.project.ProjectApplicationRepository;
import cn.suzhou.shuanglian.project.ProjectCategory;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only, after {@link DemoRoundHistory}: the 2023 round's joint project (P-19), so a newcomer's
 * board counts a project and the 联合项目推荐表 prints at once (issue 16) — 张丽 (宿州学院, dispatched to 砀山县
 * under 宿科协〔2023〕341321-1) filed 宿双链项〔2024〕0001 with 砀山县梨都果业食品有限公司; the city approved it and
 * recommended it to the province. The 2023 round predates the system, so the record has no process case of its
 * own: its case id is the marker {@value #CASE_ID}, which no process instance carries. Once.
 */
@Component
@Order(41)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoJointProjectHistory implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoJointProjectHistory.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String CASE_ID = "demo-2024-project-1";
  static final String AGREEMENT_NO = "宿科协〔2023〕341321-1";
  static final String LIDU = "91341321MA2R5W1H6C";

  private final DispatchRepository dispatches;
  private final ProjectApplicationRepository projects;
  private final EnterpriseRepository enterprises;
  private final IndustryGroupRepository industryGroups;

  public DemoJointProjectHistory(DispatchRepository dispatches, ProjectApplicationRepository projects,
      EnterpriseRepository enterprises, IndustryGroupRepository industryGroups) {
    this.dispatches = dispatches;
    this.projects = projects;
    this.enterprises = enterprises;
    this.industryGroups = industryGroups;
  }

  private static Instant on(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(10, 0).atZone(CHINA).toInstant();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (projects.findByProcessInstanceId(CASE_ID).isPresent()) {
      return;
    }
    Dispatch dispatch = dispatches.findAllByOrderById().stream()
        .filter(d -> AGREEMENT_NO.equals(d.getAgreement().getAgreementNo())).findFirst().orElse(null);
    Enterprise lidu = enterprises.findWithDistrictByCreditCode(LIDU).orElse(null);
    if (dispatch == null || lidu == null) {
      return;  // no 2023 history in this database (an existing one, or one without the demo records)
    }
    ProjectApplication project = new ProjectApplication(2024, projects.highestSerialOf(2024) + 1, dispatch, lidu,
        "砀山酥梨精深加工与冷链保鲜关键技术研究及产业化示范", ProjectCategory.SCIENCE_PLAN,
        industryGroups.getReferenceById("AGRI_FOOD"),
        "研究酥梨果汁低温浓缩、梨膏减糖工艺和果品气调冷链保鲜技术，在企业现有生产线上开展中试和示范应用。",
        "建成梨深加工示范生产线一条，果品损耗率降低20%，申请发明专利2项，新增产值1500万元。",
        new BigDecimal("180.00"), new BigDecimal("120.00"), 24, 1, "zhang.li", on(2024, 3, 12), CASE_ID);
    project.recordEnterpriseAnswer("lidu.contact", on(2024, 3, 13));
    project.recordConditions(true, "符合市科技计划项目申报条件，不占县区申报限额（P-19）。", "city.li", on(2024, 3, 20));
    project.recordAverageScore(new BigDecimal("88.67"));
    project.decide(true, "同意立项，列入2024年度市科技计划项目。", true, "成果转化前景好，择优推荐申报省级项目。", "city.li",
        on(2024, 5, 16));
    projects.save(project);
    LOG.info("demo history: approved joint project 宿双链项〔2024〕0001 of {} (dispatch {}), printable at "
        + "/api/project-applications/{}/recommendation.pdf", AGREEMENT_NO, dispatch.getId(), project.getId());
  }
}
