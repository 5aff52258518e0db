package cn.suzhou.shuanglian.demo;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.demand.DemandCollection;
import cn.suzhou.shuanglian.demand.DemandCollectionRepository;
import cn.suzhou.shuanglian.demand.DemandReview;
import cn.suzhou.shuanglian.demand.DemandReviewRepository;
import cn.suzhou.shuanglian.demand.DemandStatus;
import cn.suzhou.shuanglian.demand.DemandType;
import cn.suzhou.shuanglian.demand.IndustryCategory;
import cn.suzhou.shuanglian.demand.ServiceUnit;
import cn.suzhou.shuanglian.demand.ServiceUnitRepository;
import cn.suzhou.shuanglian.demand.TechnologyDemand;
import cn.suzhou.shuanglian.demand.TechnologyDemandRepository;
import cn.suzhou.shuanglian.dispatch.Dispatch;
import cn.suzhou.shuanglian.dispatch.DispatchRepository;
import cn.suzhou.shuanglian.dispatch.DispatchStatus;
import cn.suzhou.shuanglian.district.District;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.enterprise.EnterpriseRepository;
import cn.suzhou.shuanglian.evaluation.EnterpriseRating;
import cn.suzhou.shuanglian.evaluation.EnterpriseRatingRepository;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationRepository;
import cn.suzhou.shuanglian.evaluation.EvaluationScheme;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRepository;
import cn.suzhou.shuanglian.evaluation.Grade;
import cn.suzhou.shuanglian.matching.MatchConfirmation;
import cn.suzhou.shuanglian.matching.MatchConfirmationRepository;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.nomination.Countersign;
import cn.suzhou.shuanglian.nomination.CountersignRepository;
import cn.suzhou.shuanglian.nomination.Nomination;
import cn.suzhou.shuanglian.nomination.NominationRepository;
import cn.suzhou.shuanglian.nomination.NominationStatus;
import cn.suzhou.shuanglian.nomination.Nominee;
import cn.suzhou.shuanglian.nomination.NomineeRepository;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.platform.web.Messages;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRound;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.round.SupplyDemandComparison;
import cn.suzhou.shuanglian.servicerecord.ServiceRecord;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
 * Demo profile only: the 2023 round as finished history (P-01, P-12, P-15, P-18), so that a
 * newcomer's board (工作台) shows real figures on first start. Rows only, like a round that ran its
 * course: no process instance (a finished case would hold no task anyway) and no personal data.
 *
 * <ul>
 *   <li>round 2023 {@code SIGNED}, its 8 districts' lists approved: the demo enterprises as service
 *       units (consent given), 3 technology demands each district, the supply–demand comparison;</li>
 *   <li>the final list (33 nominees, released, countersigned) and each district's confirmation of the matching;</li>
 *   <li>33 final matches and signed agreements 宿科协〔2023〕&lt;district&gt;-&lt;n&gt;, four in each district
 *       and a fifth in 萧县 (闫国栋);</li>
 *   <li>dispatches from 2023-09-01 to 2025-08-31, every one {@code COMPLETED} (派驻期满, P-15) — none
 *       renewed, so that all of them may be nominated again in 2025 — but 闫国栋's: graded 不合格 in
 *       his first service year, {@code TERMINATED} and barred as the dispatch process does (P-18);</li>
 *   <li>confirmed service records in both service years (most years 32–48 days, four below 30), the
 *       served enterprises' ratings and approved yearly evaluations with their grades.</li>
 * </ul>
 * Joint projects (P-19) are not part of it: an application row belongs to its process instance
 * ({@code project_application.process_instance_id} is required), which finished history does not have.
 * Runs after the other demo classes, once: nothing is written when round 2023 exists.
 */
@Component
@Order(40)
@ConditionalOnProperty(name = "shuanglian.demo.enabled", havingValue = "true")
public class DemoRoundHistory implements ApplicationRunner {

  private static final Logger LOG = LoggerFactory.getLogger(DemoRoundHistory.class);
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final int YEAR = 2023;
  static final LocalDate TERM_START = LocalDate.of(2023, 9, 1);
  static final LocalDate TERM_END = LocalDate.of(2025, 9, 1);   // the day after the term's last day

  /** District code → its official (demo user) and the 2023 commissioners matched to it (user ids). */
  record Placement(String district, String official, List<String> commissioners) {}

  static final List<Placement> PLACEMENTS = List.of(
      new Placement("341302", "yq.zhao", List.of("zhou.haiming", "yang.chunyan", "hu.xuemei", "guo.xiaodong")),
      new Placement("341321", "ds.sun", List.of("zhang.li", "ding.xiulan", "ren.xiaohong", "wei.hongxia")),
      new Placement("341322", "xx.qian", List.of("wang.xiaoyan", "wang.haitao", "liu.zhigang", "qian.lixin", "yan.guodong")),
      new Placement("341323", "lb.zhou", List.of("li.jianguo", "huang.zhenyu", "shao.jianhua", "jiang.wei")),
      new Placement("341324", "sx.wu", List.of("sun.wei", "dong.xiaojing", "liu.yang", "lv.zhiqiang")),
      new Placement("SZETDZ", "jk.zheng", List.of("wu.gang", "cao.jianping", "yuan.zhihua", "jia.hong")),
      new Placement("SZHTZ", "gx.feng", List.of("chen.lei", "shen.jia", "zhao.min", "pan.hong")),
      new Placement("SMPARK", "sm.chen", List.of("xu.fang", "meng.fan", "yao.lijuan", "tian.lei")));

  /** The one graded 不合格 in the 2023 round (P-18; DemoRecords bars him). */
  static final String UNQUALIFIED = "yan.guodong";

  /** Service years short of the 30 days (P-15): user id → service year; graded 基本合格 at most. */
  static final Map<String, Integer> SHORT_YEARS = Map.of("hu.xuemei", 1, "ren.xiaohong", 2, "jia.hong", 1,
      "yao.lijuan", 2);

  /** The strong ones: scored high, graded 优秀 in most years. */
  static final Set<String> STRONG = Set.of("zhou.haiming", "ding.xiulan", "liu.zhigang", "huang.zhenyu",
      "sun.wei", "wu.gang", "chen.lei", "xu.fang", "zhang.li", "li.jianguo");

  /** Demand title, description, cooperation sought, type, category — per enterprise credit code. */
  record DemandText(String creditCode, String title, String description, String cooperation, DemandType type,
      IndustryCategory category) {}

  static final List<DemandText> DEMANDS = List.of(
      new DemandText("91341302MA2NQ8C1XU", "煤矸石蒸压砌块强度稳定性提升", "蒸压加气砌块强度波动大，批次合格率约85%，需优化配料与蒸养制度",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.LEADING),
      new DemandText("91341302MA2NQ8C1XU", "固废基轻质隔墙板新产品开发", "拟利用粉煤灰、脱硫石膏开发装配式轻质隔墙板，缺少配方与成型工艺",
          "委托开发", DemandType.PRODUCT_DEVELOPMENT, IndustryCategory.LEADING),
      new DemandText("91341302MA2P7L0D39", "SMT贴片产线良率分析系统", "贴片虚焊、偏位问题依赖人工目检，需建设产线数据采集与良率分析",
          "技术咨询", DemandType.TALENT_CONSULTING, IndustryCategory.EMERGING),
      new DemandText("91341321MA2R5W1H6C", "砀山酥梨浓缩汁褐变控制", "浓缩梨汁贮存期褐变明显，色值超标影响出口订单",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.LEADING),
      new DemandText("91341321MA2R5W1H6C", "梨膏低糖配方研发", "市场需要低糖梨膏产品，现有工艺降糖后口感与保质期不达标",
          "委托开发", DemandType.PRODUCT_DEVELOPMENT, IndustryCategory.LEADING),
      new DemandText("91341321MA2T9K3E2Q", "果蔬冷库气调保鲜技术引进", "冷库酥梨贮藏4个月后黑心率偏高，需引进气调保鲜成果",
          "成果转化", DemandType.ACHIEVEMENT_TRANSFER, IndustryCategory.BACKBONE),
      new DemandText("91341322MA2N4F8Q7F", "重防腐涂料耐盐雾性能提升", "环氧富锌底漆耐盐雾时间不足1000小时，达不到海工项目要求",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.LEADING),
      new DemandText("91341322MA2N4F8Q7F", "水性工业涂料中试线共建", "计划转产水性涂料，需与高校共建中试线与检测平台",
          "共建平台", DemandType.PLATFORM_COBUILD, IndustryCategory.LEADING),
      new DemandText("91341322MA2Q1B6T51", "保温装饰一体板开裂问题诊断", "保温装饰一体板冬季施工后出现开裂脱落，原因不明",
          "技术咨询", DemandType.TALENT_CONSULTING, IndustryCategory.BACKBONE),
      new DemandText("91341323MA2P3H9Y1G", "精密轴承套圈热处理变形控制", "套圈淬火后椭圆度超差，磨削余量大，成本偏高",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.LEADING),
      new DemandText("91341323MA2P3H9Y1G", "轴承振动噪声检测方法", "出口客户要求振动噪声分级检测，企业缺少检测方法与设备选型",
          "技术咨询", DemandType.TALENT_CONSULTING, IndustryCategory.LEADING),
      new DemandText("91341323MA2R8C4M62", "数控加工工艺参数优化", "不锈钢精密零件加工刀具损耗快、节拍长",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.BACKBONE),
      new DemandText("91341324MA2N6D2W8J", "功能性运动面料开发", "拟开发吸湿速干、抗菌运动面料，缺少后整理工艺",
          "委托开发", DemandType.PRODUCT_DEVELOPMENT, IndustryCategory.LEADING),
      new DemandText("91341324MA2N6D2W8J", "服装智能制版系统应用", "手工制版效率低，需引进智能制版与排料成果",
          "成果转化", DemandType.ACHIEVEMENT_TRANSFER, IndustryCategory.LEADING),
      new DemandText("91341324MA2T3G5K4N", "光伏组件EL缺陷检测", "组件隐裂依赖人工判读EL图像，漏检率高",
          "技术咨询", DemandType.TALENT_CONSULTING, IndustryCategory.EMERGING),
      new DemandText("91341300MA2Q9E7N21", "原料药关键中间体收率提升", "关键中间体收率仅62%，三废处理压力大",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.LEADING),
      new DemandText("91341300MA2Q9E7N21", "杂质谱研究与质量控制", "一致性评价要求杂质谱研究，企业缺少分析方法开发能力",
          "技术咨询", DemandType.TALENT_CONSULTING, IndustryCategory.LEADING),
      new DemandText("91341300MA2R2J6P5Y", "轻量化鞋底材料应用", "拟将发泡轻量化鞋底材料导入量产，需成果转化支持",
          "成果转化", DemandType.ACHIEVEMENT_TRANSFER, IndustryCategory.BACKBONE),
      new DemandText("91341300MA2N8K1U3E", "工业互联网平台数据治理", "平台接入设备协议多样，数据质量差，难以支撑分析应用",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.EMERGING),
      new DemandText("91341300MA2N8K1U3E", "中小企业数字化诊断服务", "园区企业数字化转型需求多，需共建诊断服务平台",
          "共建平台", DemandType.PLATFORM_COBUILD, IndustryCategory.EMERGING),
      new DemandText("91341300MA2P5M4H9H", "焊接机器人视觉引导改造", "焊接工位人工示教耗时长，需视觉引导实现柔性焊接",
          "委托开发", DemandType.PRODUCT_DEVELOPMENT, IndustryCategory.LEADING),
      new DemandText("91341300MA2T7C2L1N", "废纸脱墨浆白度提升", "脱墨浆白度不足影响文化用纸品质，药剂成本偏高",
          "联合攻关", DemandType.TECH_PROBLEM, IndustryCategory.LEADING),
      new DemandText("91341300MA2T7C2L1N", "造纸废水深度处理", "废水COD排放接近限值，需深度处理与回用技术",
          "成果转化", DemandType.ACHIEVEMENT_TRANSFER, IndustryCategory.LEADING),
      new DemandText("91341300MA2Q4X8R6U", "电池包壳体轻量化设计", "新能源汽车电池包壳体减重与密封性能兼顾困难",
          "委托开发", DemandType.PRODUCT_DEVELOPMENT, IndustryCategory.EMERGING));

  private static final Map<ServiceType, String> SUMMARY = new LinkedHashMap<>();

  static {
    SUMMARY.put(ServiceType.DEMAND_MINING, "走访%s，梳理生产工艺与技术难点，形成技术需求清单");
    SUMMARY.put(ServiceType.CONSULTING, "为%s开展技术诊断，提出工艺改进与质量控制建议");
    SUMMARY.put(ServiceType.ACHIEVEMENT_RECOMMENDATION, "向%s推介派出单位相关科技成果，组织技术人员座谈");
    SUMMARY.put(ServiceType.MATCHMAKING_EVENT, "组织%s与高校团队参加产学研对接会，洽谈合作项目");
    SUMMARY.put(ServiceType.COOPERATION, "促成%s与派出单位签订技术合作协议，跟进合作进展");
  }

  private final SelectionRoundRepository rounds;
  private final DistrictRepository districts;
  private final CommissionerRepository commissioners;
  private final EnterpriseRepository enterprises;
  private final DemandCollectionRepository collections;
  private final ServiceUnitRepository serviceUnits;
  private final TechnologyDemandRepository demands;
  private final DemandReviewRepository reviews;
  private final SupplyDemandComparison comparison;
  private final NominationRepository nominations;
  private final NomineeRepository nominees;
  private final CountersignRepository countersigns;
  private final MatchConfirmationRepository confirmations;
  private final RoundMatchRepository matches;
  private final AgreementRepository agreements;
  private final DispatchRepository dispatches;
  private final ServiceRecordRepository serviceRecords;
  private final EvaluationRepository evaluations;
  private final EvaluationSchemeRepository schemes;
  private final EnterpriseRatingRepository ratings;
  private final Messages messages;

  public DemoRoundHistory(SelectionRoundRepository rounds, DistrictRepository districts,
      CommissionerRepository commissioners, EnterpriseRepository enterprises,
      DemandCollectionRepository collections, ServiceUnitRepository serviceUnits, TechnologyDemandRepository demands,
      DemandReviewRepository reviews, SupplyDemandComparison comparison, NominationRepository nominations,
      NomineeRepository nominees, CountersignRepository countersigns, MatchConfirmationRepository confirmations,
      RoundMatchRepository matches,
      AgreementRepository agreements, DispatchRepository dispatches, ServiceRecordRepository serviceRecords,
      EvaluationRepository evaluations, EvaluationSchemeRepository schemes, EnterpriseRatingRepository ratings,
      Messages messages) {
    this.rounds = rounds;
    this.districts = districts;
    this.commissioners = commissioners;
    this.enterprises = enterprises;
    this.collections = collections;
    this.serviceUnits = serviceUnits;
    this.demands = demands;
    this.reviews = reviews;
    this.comparison = comparison;
    this.nominations = nominations;
    this.nominees = nominees;
    this.countersigns = countersigns;
    this.confirmations = confirmations;
    this.matches = matches;
    this.agreements = agreements;
    this.dispatches = dispatches;
    this.serviceRecords = serviceRecords;
    this.evaluations = evaluations;
    this.schemes = schemes;
    this.ratings = ratings;
    this.messages = messages;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    if (rounds.findByActiveYear(YEAR).isPresent() || commissioners.findByUserId("zhou.haiming").isEmpty()) {
      return;
    }
    List<String> codes = PLACEMENTS.stream().map(Placement::district).toList();
    SelectionRound round = new SelectionRound(YEAR, LocalDate.of(2023, 5, 31), codes, "city.li", at("2023-04-10", 9));
    round = rounds.saveAndFlush(round);

    // 县区需求征集: every district screened its two demo enterprises and listed their demands; the city approved
    Map<String, List<ServiceUnit>> unitsOf = new LinkedHashMap<>();
    int d = 0;
    for (Placement p : PLACEMENTS) {
      District district = districts.getReferenceById(p.district());
      DemandCollection collection = collections.save(new DemandCollection(round.getId(), district, null));
      Instant screened = at("2023-05-" + (10 + d), 10);
      List<ServiceUnit> units = new ArrayList<>();
      for (Enterprise e : enterprisesOf(p.district())) {
        units.add(serviceUnits.save(new ServiceUnit(collection, e, scaleAndPotential(e),
            e.getContactName() + " 总经理", p.official(), screened)));
      }
      unitsOf.put(p.district(), units);
      for (DemandText t : DEMANDS) {
        units.stream().filter(u -> u.getEnterprise().getCreditCode().equals(t.creditCode())).findFirst().ifPresent(u -> {
          TechnologyDemand demand = new TechnologyDemand(collection, t.title(), p.official(), screened);
          demand.describe(u, u.getEnterprise().getIndustryGroup(), t.category(), t.type(), t.description(),
              t.cooperation());
          demand.moveTo(DemandStatus.APPROVED);
          demands.save(demand);
        });
      }
      collection.submitted(p.official(), at("2023-05-" + (20 + d), 16));
      Instant approved = at("2023-06-0" + (1 + d % 8), 10);
      reviews.save(new DemandReview(collection, 1, DemandReview.Decision.APPROVE, "同意", "city.li", approved));
      collection.approved("city.li", approved);
      d++;
    }
    collections.flush();
    demands.flush();

    // 供需比对 (P-04), reviewed; nomination and matching done; every agreement signed
    comparison.compile(round);
    round.demandsApproved(at("2023-06-09", 10));
    round.supplyDemandReviewed("city.li", at("2023-06-15", 15), "供需基本匹配，新材料、农产品加工需求集中，提名时予以倾斜");
    round.moveTo(RoundStatus.NOMINATING);
    nominate(round);
    round.moveTo(RoundStatus.NOMINATED);
    round.moveTo(RoundStatus.MATCHING);
    for (Placement p : PLACEMENTS) {
      confirmations.save(new MatchConfirmation(round.getId(), p.district(), "CONFIRM", null, p.official(),
          at("2023-07-18", 10)));
    }
    round.moveTo(RoundStatus.MATCHED);
    round.moveTo(RoundStatus.SIGNING);
    round.moveTo(RoundStatus.SIGNED);
    round = rounds.save(round);

    int dispatchCount = 0;
    int recordCount = 0;
    int evaluationCount = 0;
    int index = 0;
    for (Placement p : PLACEMENTS) {
      District district = districts.getReferenceById(p.district());
      List<ServiceUnit> units = unitsOf.get(p.district());
      Set<Long> unitIds = new LinkedHashSet<>();
      Set<Long> enterpriseIds = new LinkedHashSet<>();
      units.forEach(u -> { unitIds.add(u.getId()); enterpriseIds.add(u.getEnterprise().getId()); });
      EvaluationScheme scheme = schemes.findByInForceDistrict(p.district()).orElse(null);
      int n = 1;
      for (String userId : p.commissioners()) {
        Commissioner c = commissioners.findByUserId(userId).orElseThrow();
        boolean sameGroup = units.stream().anyMatch(u -> u.getEnterprise().getIndustryGroup().getCode()
            .equals(c.getIndustryGroup().getCode()));
        RoundMatch match = new RoundMatch(round, c, district, sameGroup, 0,
            (sameGroup ? "同属" + c.getIndustryGroup().getName() + "，" : "") + "专长“" + c.getExpertise() + "”对接"
                + district.getName() + "技术需求");
        match.serve(unitIds);
        match.finalise();
        match = matches.save(match);

        Agreement agreement = new Agreement(match, null);
        agreement.accept(userId, at("2023-08-" + (10 + n), 10));
        agreement.sign("宿科协〔" + YEAR + "〕" + p.district() + "-" + n, LocalDate.of(2023, 8, 25), TERM_START,
            TERM_END, p.official(), at("2023-08-25", 15));
        agreement = agreements.save(agreement);

        Dispatch dispatch = dispatches.save(new Dispatch(agreement, enterpriseIds));
        dispatchCount++;
        boolean unqualified = UNQUALIFIED.equals(userId);
        int years = unqualified ? 1 : 2;
        for (int year = 1; year <= years; year++) {
          int days = unqualified ? 12 : SHORT_YEARS.getOrDefault(userId, 0) == year
              ? 21 + (index * 3 + year) % 8 : 32 + (index * 7 + year * 5) % 17;
          List<ServiceType> services = records(dispatch, c, p, units, year, days, index);
          recordCount += services.size();
          evaluate(dispatch, c, p, scheme, units, year, days, services, index, unqualified);
          evaluationCount++;
        }
        if (unqualified) {
          // P-18 as the dispatch process does it: the dispatch ends at once, the person is never dispatched again
          String reason = messages.inChinese("dispatch.terminated.unqualified", YEAR, district.getName(), 1);
          dispatch.end(DispatchStatus.TERMINATED, reason, at("2024-09-20", 16));
          c.bar(reason);
        } else {
          dispatch.end(DispatchStatus.COMPLETED, messages.inChinese("dispatch.completed"),
              TERM_END.atStartOfDay(ZONE).toInstant());
        }
        n++;
        index++;
      }
    }
    LOG.info("demo round history {}: {} dispatches, {} confirmed service records, {} approved evaluations",
        YEAR, dispatchCount, recordCount, evaluationCount);
  }

  /**
   * 人选提名 (P-03, P-07, P-08, P-12(2)): the 33 on the final list, P-07 conditions attested, each
   * released by its source unit; the four co-departments countersigned at the first attempt.
   */
  private void nominate(SelectionRound round) {
    Nomination nomination = new Nomination(round, null);
    nomination.moveTo(NominationStatus.RELEASING);
    nomination = nominations.save(nomination);
    for (Placement p : PLACEMENTS) {
      for (String userId : p.commissioners()) {
        Commissioner c = commissioners.findByUserId(userId).orElseThrow();
        Nominee nominee = new Nominee(nomination, c, "符合选派条件", "city.li", at("2023-06-20", 10));
        nominee.released(true, null, sourceUnitOfficial(c), at("2023-06-26", 15));
        nominees.save(nominee);
      }
    }
    nomination.moveTo(NominationStatus.COUNTERSIGNING);
    int attempt = nomination.nextCountersignAttempt();
    Map<String, String> departments = Map.of("codept-org", "org.he", "codept-edu", "edu.lv", "codept-hrss", "hrss.shi",
        "codept-sasac", "sasac.kong");
    for (Map.Entry<String, String> d : new java.util.TreeMap<>(departments).entrySet()) {
      countersigns.save(new Countersign(nomination, attempt, d.getKey(), Countersign.Decision.AGREE, null, d.getValue(),
          at("2023-07-03", 10)));
    }
    nomination.finalised(at("2023-07-05", 10));
  }

  private List<Enterprise> enterprisesOf(String districtCode) {
    return enterprises.findAll().stream().filter(e -> e.getDistrict().getCode().equals(districtCode))
        .sorted(java.util.Comparator.comparing(Enterprise::getId)).toList();
  }

  private static String scaleAndPotential(Enterprise e) {
    return e.getScale().name().equals("MEDIUM") ? "县域骨干企业，研发投入逐年增加，有省级专精特新培育意向"
        : "成长型小微企业，技术需求明确，有产学研合作意愿";
  }

  /** The service year's confirmed records, {@code days} in all, spread over the year and the served units. */
  private List<ServiceType> records(Dispatch dispatch, Commissioner c, Placement p, List<ServiceUnit> units, int year, int days,
      int index) {
    LocalDate yearStart = TERM_START.plusYears(year - 1);
    int count = days < 20 ? 3 : days < 35 ? 5 : 6;
    List<ServiceType> types = new ArrayList<>(SUMMARY.keySet());
    List<ServiceType> given = new ArrayList<>();
    int left = days;
    for (int k = 0; k < count; k++) {
      int part = k == count - 1 ? left : days / count;
      left -= part;
      Enterprise e = units.get((k + index) % units.size()).getEnterprise();
      LocalDate start = yearStart.plusDays(18 + k * 57L + (index % 5));
      ServiceType type = types.get((k + index + year) % types.size());
      ServiceRecord r = new ServiceRecord(dispatch, e, type, start, start.plusDays(part - 1), part, year,
          String.format(SUMMARY.get(type), e.getName()), c.getUserId(), at(start.plusDays(part).toString(), 18), null);
      String answeredBy = e.getContactUserId() != null ? e.getContactUserId() : p.official();
      r.confirm(answeredBy, at(start.plusDays(part + 2).toString(), 10));
      serviceRecords.save(r);
      given.add(type);
    }
    return given;
  }

  /** The approved yearly evaluation of the service year (P-18), graded by the district's scheme. */
  private void evaluate(Dispatch dispatch, Commissioner c, Placement p, EvaluationScheme scheme,
      List<ServiceUnit> units, int year, int days, List<ServiceType> services, int index, boolean unqualified) {
    int base = unqualified ? 48 : STRONG.contains(c.getUserId()) ? 90 : 80;
    BigDecimal orientation = score(base, index, year, 1);
    BigDecimal initiative = score(base, index, year, 2);
    BigDecimal results = score(base, index, year, 3);
    Evaluation e = new Evaluation(dispatch, year, null);
    // as the evaluation counts them when it opens: services by type (EvaluationService.open)
    List<String> byType = new ArrayList<>();
    for (ServiceType type : ServiceType.values()) {
      long count = services.stream().filter(type::equals).count();
      if (count > 0) {
        byType.add(type.label() + " " + count + " 次");
      }
    }
    int demandMining = (int) services.stream().filter(ServiceType.DEMAND_MINING::equals).count();
    e.tally(scheme, days, services.size(), String.join("；", byType), demandMining);
    e.summarise("第 " + year + " 服务年度深入服务单位" + services.size() + "次，累计服务" + days + "天，协助企业梳理技术需求并对接派出单位科研团队。");
    e = evaluations.save(e);
    int sum = 0;
    for (ServiceUnit u : units) {
      int rating = Math.min(100, base + 2 + (index + u.getEnterprise().getId().intValue() + year) % 7);
      sum += rating;
      Enterprise enterprise = u.getEnterprise();
      ratings.save(new EnterpriseRating(e.getId(), enterprise, rating, rating >= 85 ? "服务及时，解决了实际问题" : "服务基本满足需求",
          enterprise.getContactUserId() != null ? enterprise.getContactUserId() : p.official(),
          at(TERM_START.plusYears(year).plusDays(3).toString(), 10)));
    }
    BigDecimal satisfaction = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(units.size()), 2, RoundingMode.HALF_UP);
    e.satisfaction(satisfaction);
    boolean timeMet = days >= 30;
    BigDecimal weighted = scheme == null
        ? orientation.add(initiative).add(satisfaction).add(results).divide(BigDecimal.valueOf(4), 2, RoundingMode.HALF_UP)
        : scheme.weightedScore(orientation, initiative, satisfaction, results);
    Instant scored = at(TERM_START.plusYears(year).plusDays(10).toString(), 15);
    e.score(orientation, initiative, satisfaction, results, weighted, timeMet, false, null,
        timeMet ? "服务态度积极，企业评价良好" : "全年确认服务时间不足30天，按规定最高评为基本合格", p.official(), scored);
    e.graded(grade(scheme, weighted, timeMet));
    e.approve("city.li", "同意", at(TERM_START.plusYears(year).plusDays(19).toString(), 10));
    e.acknowledge(sourceUnitOfficial(c), at(TERM_START.plusYears(year).plusDays(22).toString(), 10));
  }

  private static BigDecimal score(int base, int index, int year, int criterion) {
    return BigDecimal.valueOf(base + (index * 3 + year * 7 + criterion * 5) % 9);
  }

  /** P-18 and the table evaluationGrade: the scheme's lines; a short year without an exception is at most 基本合格. */
  static Grade grade(EvaluationScheme scheme, BigDecimal weighted, boolean timeMet) {
    BigDecimal excellent = scheme == null ? new BigDecimal("90") : scheme.getExcellentMin();
    BigDecimal qualified = scheme == null ? new BigDecimal("75") : scheme.getQualifiedMin();
    BigDecimal basic = scheme == null ? new BigDecimal("60") : scheme.getBasicMin();
    Grade g = weighted.compareTo(excellent) >= 0 ? Grade.EXCELLENT : weighted.compareTo(qualified) >= 0 ? Grade.QUALIFIED
        : weighted.compareTo(basic) >= 0 ? Grade.BASIC : Grade.UNQUALIFIED;
    return !timeMet && g.ordinal() < Grade.BASIC.ordinal() ? Grade.BASIC : g;
  }

  /** The demo login of the commissioner's source unit (DemoUsers: <unit>.kjc and the like). */
  private static String sourceUnitOfficial(Commissioner c) {
    return DemoUsers.USERS.stream().filter(u -> u.groups().contains(cn.suzhou.shuanglian.platform.identity.Groups.sourceUnit(c.getSourceUnit().getCode())))
        .map(DemoUsers.DemoUser::id).findFirst().orElse("demo");
  }

  private static Instant at(String date, int hour) {
    return LocalDate.parse(date).atTime(hour, 0).atZone(ZONE).toInstant();
  }
}
