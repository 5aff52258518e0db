package cn.suzhou.shuanglian.demo;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationRepository;
import cn.suzhou.shuanglian.evaluation.Grade;
import cn.suzhou.shuanglian.industry.IndustryGroupRepository;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.project.ProjectApplication;
import cn.suzhou.shuanglian.project.ProjectApplicationRepository;
import cn.suzhou.shuanglian.project.ProjectCategory;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: one finished dispatch of the 2023 round, so that a newcomer can print every document
 * at once (issue 16) — 张丽 (宿州学院) served 砀山县 from 2023年9月1日 to 2025年8月31日 under agreement
 * 宿科协〔2023〕341321-1 (P-12(3), P-15), serving 砀山县梨都果业食品有限公司; both service years were evaluated and
 * approved (优秀, 合格; P-18); their joint project 宿双链项〔2024〕0001 was approved and recommended to the
 * province (P-19). The dispatch is 期满 (COMPLETED), so she is free to be nominated in a new round. These
 * are records only, without process cases (the 2023 round predates the system). Once, into an empty
 * database of rounds.
 */
@Component
@Order(7)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoDispatchHistory implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoDispatchHistory.class);
  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
  static final String DISTRICT = "341321";

  private final SelectionRoundRepository rounds;
  private final RoundMatchRepository matches;
  private final AgreementRepository agreements;
  private final DispatchRepository dispatches;
  private final EvaluationRepository evaluations;
  private final ProjectApplicationRepository projects;
  private final CommissionerRepository commissioners;
  private final DistrictRepository districts;
  private final EnterpriseRepository enterprises;
  private final IndustryGroupRepository industryGroups;

  public DemoDispatchHistory(SelectionRoundRepository rounds, RoundMatchRepository matches,
      AgreementRepository agreements, DispatchRepository dispatches, EvaluationRepository evaluations,
      ProjectApplicationRepository projects, CommissionerRepository commissioners, DistrictRepository districts,
      EnterpriseRepository enterprises, IndustryGroupRepository industryGroups) {
    this.rounds = rounds;
    this.matches = matches;
    this.agreements = agreements;
    this.dispatches = dispatches;
    this.evaluations = evaluations;
    this.projects = projects;
    this.commissioners = commissioners;
    this.districts = districts;
    this.enterprises = enterprises;
    this.industryGroups = industryGroups;
  }

  private static Instant on(int year, int month, int day) {
    return LocalDate.of(year, month, day).atTime(10, 0).atZone(CHINA).toInstant();
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (rounds.count() > 0) {
      return;
    }
    Commissioner zhangLi = commissioners.findByUserId("zhang.li").orElse(null);
    Enterprise lidu = enterprises.findWithDistrictByCreditCode("91341321MA2R5W1H6C").orElse(null);
    if (zhangLi == null || lidu == null) {
      return;  // the demo records were not created (an existing database)
    }
    SelectionRound round = new SelectionRound(2023, LocalDate.of(2023, 6, 30), List.of(DISTRICT), "city.li",
        on(2023, 5, 8));
    round.moveTo(RoundStatus.SIGNED);
    rounds.save(round);
    RoundMatch match = new RoundMatch(round, zhangLi, districts.findById(DISTRICT).orElseThrow(), true, 92,
        "农产品与食品加工组：砀山酥梨精深加工与保鲜的技术需求");
    match.finalise();
    matches.save(match);
    Agreement agreement = new Agreement(match, null);
    agreement.accept("zhang.li", on(2023, 8, 21));
    agreement.sign("宿科协〔2023〕341321-1", LocalDate.of(2023, 8, 25), LocalDate.of(2023, 9, 1),
        LocalDate.of(2025, 9, 1), "ds.sun", on(2023, 8, 25));
    agreements.save(agreement);
    Dispatch dispatch = new Dispatch(agreement, Set.of(lidu.getId()));
    dispatch.end(DispatchStatus.COMPLETED, "派驻期满，未申请续派", on(2025, 9, 1));
    dispatches.save(dispatch);

    evaluate(dispatch, 1, 41, "92.30", Grade.EXCELLENT, on(2024, 9, 20), "同意评定为优秀。");
    evaluate(dispatch, 2, 33, "84.00", Grade.QUALIFIED, on(2025, 9, 18), "同意评定为合格。");

    ProjectApplication project = new ProjectApplication(2024, projects.highestSerialOf(2024) + 1, dispatch, lidu,
        "砀山酥梨精深加工与冷链保鲜关键技术研究及产业化示范", ProjectCategory.SCIENCE_PLAN,
        industryGroups.getReferenceById("AGRI_FOOD"),
        "研究酥梨果汁低温浓缩、梨膏减糖工艺和果品气调冷链保鲜技术，在企业现有生产线上开展中试和示范应用。",
        "建成梨深加工示范生产线一条，果品损耗率降低20%，申请发明专利2项，新增产值1500万元。",
        new BigDecimal("180.00"), new BigDecimal("120.00"), 24, 1, "zhang.li", on(2024, 3, 12),
        "demo-2024-project-1");
    project.recordEnterpriseAnswer("lidu.contact", on(2024, 3, 13));
    project.recordConditions(true, "符合市科技计划项目申报条件，不占县区申报限额（P-19）。", "city.li", on(2024, 3, 20));
    project.recordAverageScore(new BigDecimal("88.67"));
    project.decide(true, "同意立项，列入2024年度市科技计划项目。", true, "成果转化前景好，择优推荐申报省级项目。", "city.li",
        on(2024, 5, 16));
    projects.save(project);
    LOG.info("demo dispatch history: 2023 round, agreement 宿科协〔2023〕341321-1 (张丽 → 砀山县), two approved "
        + "evaluations, approved joint project 宿双链项〔2024〕0001 — printable at /api/dispatches/{}/agreement.pdf",
        dispatch.getId());
  }

  private void evaluate(Dispatch dispatch, int serviceYear, int days, String score, Grade grade, Instant approvedAt,
      String cityComment) {
    Evaluation evaluation = new Evaluation(dispatch, serviceYear, null);
    evaluation.tally(null, days, days / 3, null, 3);
    evaluation.summarise("走访服务单位，开展技术诊断和成果对接，协助企业解决深加工与保鲜工艺难题。");
    BigDecimal weighted = new BigDecimal(score);
    evaluation.score(weighted, weighted, weighted, weighted, weighted, true, false, null, "服务主动，企业满意。",
        "ds.sun", approvedAt.minusSeconds(7 * 24 * 3600L));
    evaluation.graded(grade);
    evaluation.approve("city.li", cityComment, approvedAt);
    evaluation.acknowledge("szu.kjc", approvedAt.plusSeconds(3 * 24 * 3600L));
    evaluations.save(evaluation);
  }
}
