package cn.suzhou.shuanglian.dispatch;

import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.APPROVAL_DECISION;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.EXCEPTION_JUSTIFIED;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.EXCEPTION_REASON;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.RATING_COMMENT;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.RESULT_ACKNOWLEDGED;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.SATISFACTION_SCORE;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.SCORE_INITIATIVE;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.SCORE_ORIENTATION;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.SCORE_RESULTS;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.SCORE_SATISFACTION;
import static cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract.WORK_SUMMARY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.suzhou.shuanglian.agreement.Agreement;
import cn.suzhou.shuanglian.agreement.AgreementRepository;
import cn.suzhou.shuanglian.agreement.AgreementService;
import cn.suzhou.shuanglian.agreement.AgreementSigningContract;
import cn.suzhou.shuanglian.agreement.AgreementStatus;
import cn.suzhou.shuanglian.commissioner.Commissioner;
import cn.suzhou.shuanglian.commissioner.CommissionerLevel;
import cn.suzhou.shuanglian.commissioner.CommissionerRepository;
import cn.suzhou.shuanglian.district.DistrictRepository;
import cn.suzhou.shuanglian.enterprise.Enterprise;
import cn.suzhou.shuanglian.evaluation.Evaluation;
import cn.suzhou.shuanglian.evaluation.EvaluationRepository;
import cn.suzhou.shuanglian.evaluation.EvaluationScheme;
import cn.suzhou.shuanglian.evaluation.EvaluationSchemeRepository;
import cn.suzhou.shuanglian.evaluation.Grade;
import cn.suzhou.shuanglian.evaluation.YearlyEvaluationContract;
import cn.suzhou.shuanglian.matching.MatchingContract;
import cn.suzhou.shuanglian.matching.RoundMatch;
import cn.suzhou.shuanglian.matching.RoundMatchRepository;
import cn.suzhou.shuanglian.nomination.NominationContract;
import cn.suzhou.shuanglian.platform.identity.Groups;
import cn.suzhou.shuanglian.platform.process.ProcessRuleViolation;
import cn.suzhou.shuanglian.platform.security.CurrentUser;
import cn.suzhou.shuanglian.round.RoundStatus;
import cn.suzhou.shuanglian.round.SelectionRoundRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceRecord;
import cn.suzhou.shuanglian.servicerecord.ServiceRecordRepository;
import cn.suzhou.shuanglian.servicerecord.ServiceType;
import cn.suzhou.shuanglian.sourceunit.SourceUnit;
import cn.suzhou.shuanglian.support.DispatchFixtures;
import cn.suzhou.shuanglian.support.RoundDriver;
import cn.suzhou.shuanglian.support.Rounds;
import cn.suzhou.shuanglian.support.TestData;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Agreements, the two-year dispatch and the yearly evaluation with the real delegates, DMN and
 * database, the engine clock moved instead of waiting: a round's matches end in signed agreements
 * and running dispatches (a declined one replaced); two evaluations, a reminder for a short year
 * and a renewal; an unqualified grade that ends the dispatch and bars the person in the next
 * round's nomination. On H2 and MariaDB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.MOCK,
    properties = "camunda.bpm.job-execution.enabled=false")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
abstract class DispatchProcessContract {

  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final List<String> GROUPS = List.of("NEW_MATERIALS", "EQUIPMENT", "AGRI_FOOD", "DIGITAL");

  @Autowired ApplicationContext context;
  @Autowired ProcessEngine engine;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired IdentityService identityService;
  @Autowired SelectionRoundRepository rounds;
  @Autowired RoundMatchRepository matches;
  @Autowired AgreementRepository agreements;
  @Autowired DispatchRepository dispatches;
  @Autowired DispatchService dispatchService;
  @Autowired AgreementService agreementService;
  @Autowired RenewalOpinionRepository renewalOpinions;
  @Autowired CommissionerRepository commissioners;
  @Autowired EvaluationRepository evaluations;
  @Autowired EvaluationSchemeRepository schemes;
  @Autowired ServiceRecordRepository serviceRecords;
  @Autowired DistrictRepository districts;
  @Autowired ObjectMapper json;

  TestData data;
  RoundDriver drive;
  DispatchFixtures fixtures;
  Map<String, String> districtOfficials = new HashMap<>();

  @BeforeEach
  void setUp() {
    BpmnAwareTests.init(engine);
    data = new TestData(context);
    drive = new RoundDriver(context, data);
    fixtures = new DispatchFixtures(context, data);
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    identityService.clearAuthentication();
    BpmnAwareTests.reset();
  }

  String districtOfficial(String code) {
    return districtOfficials.computeIfAbsent(code, c -> data.districtOfficial(c));
  }

  /**
   * Moves the engine clock to the instant and runs every job of the case and its called cases due by
   * then, as the job executor would (only this test's cases: the MariaDB database keeps other runs').
   */
  void moveClockTo(Instant at, String rootInstanceId) {
    ClockUtil.setCurrentTime(Date.from(at));
    for (int round = 0; round < 50; round++) {
      List<Job> due = managementService.createJobQuery().executable().list().stream()
          .filter(job -> caseTree(rootInstanceId).contains(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      for (Job job : due) {
        managementService.executeJob(job.getId());
      }
    }
  }

  void runJobs(String rootInstanceId) {
    moveClockTo(ClockUtil.getCurrentTime().toInstant(), rootInstanceId);
  }

  /** The case and every case it called, at any depth. */
  java.util.Set<String> caseTree(String rootInstanceId) {
    java.util.Set<String> ids = new java.util.HashSet<>(List.of(rootInstanceId));
    java.util.Deque<String> open = new java.util.ArrayDeque<>(ids);
    while (!open.isEmpty()) {
      for (ProcessInstance child : runtimeService.createProcessInstanceQuery().superProcessInstanceId(open.pop()).list()) {
        if (ids.add(child.getId())) {
          open.push(child.getId());
        }
      }
    }
    return ids;
  }

  static Instant at(LocalDate day, int hour) {
    return day.atStartOfDay(ZONE).plusHours(hour).toInstant();
  }

  Task taskOf(String processInstanceId, String name) {
    List<Task> open = taskService.createTaskQuery().processInstanceId(processInstanceId).taskName(name).list();
    assertThat(open).as("open task %s", name).hasSize(1);
    return open.get(0);
  }

  List<Task> tasksIn(String rootInstanceId, String name) {
    List<String> ids = new ArrayList<>();
    ids.add(rootInstanceId);
    runtimeService.createProcessInstanceQuery().superProcessInstanceId(rootInstanceId).list()
        .forEach(p -> ids.add(p.getId()));
    return taskService.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).taskName(name).list();
  }

  ProcessInstance evaluationOf(Dispatch d) {
    return runtimeService.createProcessInstanceQuery().superProcessInstanceId(d.getProcessInstanceId())
        .processDefinitionKey("yearlyEvaluation").singleResult();
  }

  EvaluationScheme schemeInForce(String districtCode) {
    return schemes.findByInForceDistrict(districtCode).orElseGet(() -> {
      EvaluationScheme s = new EvaluationScheme(districts.findById(districtCode).orElseThrow(), "fixture",
          Instant.now(), null);
      s.define(25, 25, 25, 25, new BigDecimal("90"), new BigDecimal("75"), new BigDecimal("60"),
          "宿州恒达新型建材有限公司等 5 家服务单位", null, "fixture", Instant.now());
      s.approve("fixture", null, Instant.now());
      return schemes.save(s);
    });
  }

  void record(Dispatch d, Enterprise e, int year, LocalDate start, int days, boolean confirmed) {
    ServiceRecord r = new ServiceRecord(d, e, ServiceType.CONSULTING, start, start.plusDays(days - 1), days, year,
        "为企业开展技术诊断与工艺改进咨询服务", d.getCommissioner().getUserId(), Instant.now(), null);
    if (confirmed) {
      r.confirm("contact", Instant.now());
    } else {
      r.dispute("contact", "服务天数与企业记录不符", Instant.now());
    }
    serviceRecords.save(r);
  }

  /** A running dispatch of a fresh commissioner in 埇桥区 serving one enterprise, term starting today. */
  Dispatch runningDispatch(Enterprise served) {
    return runningDispatch(data.commissioner(data.sourceUnit()), served);
  }

  /** A running dispatch of the commissioner in 埇桥区 serving one enterprise, term starting today. */
  Dispatch runningDispatch(Commissioner c, Enterprise served) {
    Agreement agreement = fixtures.signedAgreement(c, "341302", LocalDate.now(ZONE));
    return dispatchService.start(agreement.getId(), java.util.Set.of(served.getId()));
  }

  /** Who answers a renewal task for the party: a district official, the commissioner, a source-unit official. */
  String partyUser(Dispatch d, String party) {
    return switch (RenewalOpinion.Party.valueOf(party)) {
      case DISTRICT -> districtOfficial("341302");
      case COMMISSIONER -> d.getCommissioner().getUserId();
      case SOURCE_UNIT -> data.sourceUnitOfficial(d.getSourceUnit());
    };
  }

  /** The party a renewal opinion task asks, as the engine handed it to the task. */
  String partyOf(Task opinion) {
    return (String) taskService.getVariable(opinion.getId(), DispatchContract.RENEWAL_PARTY.name());
  }

  /** The city's replacement of a declined commissioner, attested and released. */
  static VariableMap replacement(Commissioner c) {
    VariableMap v = AgreementSigningContract.REPLACEMENT_DECISION.map(AgreementSigningContract.REPLACE);
    AgreementSigningContract.REPLACEMENT_COMMISSIONER_ID.in(v, c.getId());
    AgreementSigningContract.CONDITIONS_ATTESTED.in(v, true);
    AgreementSigningContract.SOURCE_UNIT_RELEASED.in(v, true);
    return v;
  }

  /** Carries a yearly evaluation from the anniversary to the city's approval with the district's scores. */
  void evaluate(Dispatch d, Enterprise served, String score, boolean exception) {
    ProcessInstance evaluation = evaluationOf(d);
    assertThat(evaluation).as("evaluation case").isNotNull();
    assertThat(evaluation.getBusinessKey()).contains(d.getBusinessKey()).contains("年度");
    drive.complete(taskOf(evaluation.getId(), "填报年度工作总结"), d.getCommissioner().getUserId(),
        Map.of(WORK_SUMMARY.name(), "本年度走访企业十余家，挖掘技术需求并组织产学研对接活动两次。"));
    drive.complete(taskOf(evaluation.getId(), "服务单位满意度评价"), served.getContactUserId(),
        Map.of(SATISFACTION_SCORE.name(), 92, RATING_COMMENT.name(), "服务认真"));
    Task scoring = taskOf(evaluation.getId(), "县区考核评分");
    Map<String, Object> scores = new HashMap<>();
    for (String key : List.of(SCORE_ORIENTATION.name(), SCORE_INITIATIVE.name(), SCORE_SATISFACTION.name(),
        SCORE_RESULTS.name())) {
      scores.put(key, score);
    }
    scores.put(EXCEPTION_JUSTIFIED.name(), exception);
    scores.put(EXCEPTION_REASON.name(), exception ? "专员所在单位承担省重点科研任务，经县区同意调整服务安排" : null);
    drive.complete(scoring, districtOfficial("341302"), scores);
    drive.complete(taskOf(evaluation.getId(), "审定年度考核结果"), drive.city,
        Map.of(APPROVAL_DECISION.name(), "APPROVE"));
  }

  @Test
  @Tag("P-12") @Tag("P-15") @Tag("P-02") @Tag("P-14")
  @DisplayName("P-12(3)/P-15 after matching every match ends in a signed agreement and a running dispatch; a declined one is replaced (closing without one is refused while the district is at its minimum); bad signatures are refused by field")
  void roundEndsInSignedAgreementsAndRunningDispatches() throws Exception {
    SourceUnit unit = data.sourceUnit();
    List<Commissioner> pool = new ArrayList<>();
    for (int i = 0; i < 34; i++) {
      pool.add(data.commissioner(unit, GROUPS.get(i % GROUPS.size())));
    }
    Commissioner spare = data.commissioner(unit, "NEW_MATERIALS");
    Commissioner barred = data.commissioner(unit, "NEW_MATERIALS");
    barred.bar("2023 年度选派派驻萧县第 1 服务年度考核不合格，终止合作，不再予以派驻（P-18）");
    commissioners.save(barred);
    int year = Rounds.freshYear(rounds);
    ProcessInstance round = drive.roundReadyForNomination(year, GROUPS);
    drive.nominateAndConfirm(year, pool.stream().map(Commissioner::getId).toList());
    Task finalise = drive.task(year + "-matching", "确定匹配方案");
    drive.complete(finalise, drive.city, Map.of(MatchingContract.MATCHES.name(),
        taskService.getVariable(finalise.getId(), MatchingContract.MATCHES.name())));
    runJobs(round.getId());
    Long roundId = rounds.findByActiveYear(year).orElseThrow().getId();
    assertThat(rounds.findById(roundId).orElseThrow().getStatus()).isEqualTo(RoundStatus.SIGNING);

    List<Task> accepts = tasksIn(round.getId(), "确认接受派驻");
    assertThat(accepts).hasSize(34);
    Map<String, Long> perDistrict = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .collect(Collectors.groupingBy(m -> m.getDistrict().getCode(), Collectors.counting()));
    String atMinimum = perDistrict.entrySet().stream().filter(e -> e.getValue() == 4).map(Map.Entry::getKey)
        .findFirst().orElseThrow();
    RoundMatch declining = matches.findByRoundIdOrderByDistrictSortOrderAscIdAsc(roundId).stream()
        .filter(m -> m.getDistrict().getCode().equals(atMinimum)).findFirst().orElseThrow();
    String decliner = declining.getCommissioner().getUserId();

    for (Task accept : accepts) {
      assertThat(accept.getAssignee()).isNotNull();
      boolean declines = accept.getAssignee().equals(decliner);
      assertThatThrownBy(() -> drive.complete(accept, accept.getAssignee(),
          AgreementSigningContract.ACCEPT_DECISION.map(AgreementSigningContract.DECLINE)))
          .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().field())
              .isEqualTo(AgreementSigningContract.DECLINE_REASON.name()));
      VariableMap answer = AgreementSigningContract.ACCEPT_DECISION.map(declines
          ? AgreementSigningContract.DECLINE : AgreementSigningContract.ACCEPT);
      AgreementSigningContract.DECLINE_REASON.in(answer, declines ? "本人承担国家重点研发计划项目，无法保证服务时间" : null);
      drive.complete(accept, accept.getAssignee(), answer);
    }

    // the city must replace: the district would fall under its minimum
    Task replace = tasksIn(round.getId(), "补充匹配人选").get(0);
    assertThat(taskService.getVariable(replace.getId(), AgreementSigningContract.DISTRICT_REMAINING.name())).isEqualTo(3L);
    assertThatThrownBy(() -> drive.complete(replace, drive.city, AgreementSigningContract.NO_REPLACEMENT_REASON.in(
        AgreementSigningContract.REPLACEMENT_DECISION.map(AgreementSigningContract.NO_REPLACEMENT), "不需要")))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage())
            .contains(districts.findById(atMinimum).orElseThrow().getName()).contains("P-02"));
    assertThatThrownBy(() -> drive.complete(replace, drive.city, replacement(barred)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage())
            .contains(barred.getName()).contains("考核不合格"));
    drive.complete(replace, drive.city, replacement(spare));
    Task spareAccepts = tasksIn(round.getId(), "确认接受派驻").get(0);
    assertThat(spareAccepts.getAssignee()).isEqualTo(spare.getUserId());
    // the case's agreement is now the replacement's: only its commissioner (or the district) answers
    assertThatThrownBy(() -> agreementService.recordAcceptance(spareAccepts.getProcessInstanceId(),
        AgreementSigningContract.ACCEPT, null, java.util.Optional.of(new CurrentUser(decliner, List.of(Groups.COMMISSIONERS)))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage()).contains(spare.getName()));
    drive.complete(spareAccepts, spare.getUserId(), AgreementSigningContract.ACCEPT_DECISION.map(AgreementSigningContract.ACCEPT));
    assertThat(agreementService.current(spareAccepts.getProcessInstanceId()).orElseThrow().getCommissioner().getId())
        .isEqualTo(spare.getId());

    List<Task> signs = tasksIn(round.getId(), "签订派驻协议");
    assertThat(signs).hasSize(34);
    LocalDate today = LocalDate.now(ZONE);
    Task first = signs.get(0);
    String firstDistrict = (String) taskService.getVariable(first.getId(), AgreementSigningContract.DISTRICT_CODE.name());
    VariableMap bad = AgreementSigningContract.AGREEMENT_NO.map("#");
    AgreementSigningContract.SIGNED_ON.in(bad, today.plusDays(3));
    AgreementSigningContract.TERM_START.in(bad, today);
    assertThatThrownBy(() -> drive.complete(first, districtOfficial(firstDistrict), bad))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().problems())
            .extracting(ProcessRuleViolation.Problem::field).containsExactly(AgreementSigningContract.AGREEMENT_NO.name(),
                AgreementSigningContract.SIGNED_ON.name(), AgreementSigningContract.TERM_START.name()));
    // a date in a sane range: not before the round opened (here a year earlier, term starting the same day)
    VariableMap early = AgreementSigningContract.AGREEMENT_NO.map("宿科协〔" + year + "〕" + firstDistrict + "-99");
    AgreementSigningContract.SIGNED_ON.in(early, today.minusYears(1));
    AgreementSigningContract.TERM_START.in(early, today.minusYears(1));
    assertThatThrownBy(() -> drive.complete(first, districtOfficial(firstDistrict), early))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().problems()).singleElement()
            .satisfies(p -> {
              assertThat(p.field()).isEqualTo(AgreementSigningContract.SIGNED_ON.name());
              assertThat(p.message()).contains(today.minusYears(1).toString()).contains("开启");
            }));
    int n = 0;
    for (Task sign : signs) {
      String district = (String) taskService.getVariable(sign.getId(), AgreementSigningContract.DISTRICT_CODE.name());
      VariableMap signature = AgreementSigningContract.AGREEMENT_NO.map("宿科协〔" + year + "〕" + district + "-" + (++n));
      AgreementSigningContract.SIGNED_ON.in(signature, today);
      AgreementSigningContract.TERM_START.in(signature, today);
      drive.complete(sign, districtOfficial(district), signature);
    }
    runJobs(round.getId());

    List<Agreement> signed = agreements.findByRoundIdOrderById(roundId);
    assertThat(signed).hasSize(35);
    assertThat(signed).filteredOn(a -> a.getStatus() == AgreementStatus.SIGNED).hasSize(34)
        .allSatisfy(a -> assertThat(a.getTermEnd()).isEqualTo(a.getTermStart().plusYears(2)));
    assertThat(signed).filteredOn(a -> a.getStatus() == AgreementStatus.DECLINED).singleElement()
        .satisfies(a -> assertThat(a.getDeclineReason()).contains("重点研发"));
    List<Dispatch> running = signed.stream().filter(a -> a.getStatus() == AgreementStatus.SIGNED)
        .map(a -> dispatches.findByAgreementId(a.getId()).orElseThrow()).toList();
    assertThat(running).hasSize(34).allSatisfy(d -> {
      assertThat(d.getStatus()).isEqualTo(DispatchStatus.ACTIVE);
      ProcessInstance instance = runtimeService.createProcessInstanceQuery()
          .processInstanceId(d.getProcessInstanceId()).singleResult();
      assertThat(instance).isNotNull();
      assertThat(instance.getBusinessKey()).contains(d.getCommissioner().getName()).contains(d.getDistrict().getName());
      assertThat(d.getEnterpriseIds()).isNotEmpty();
    });
    assertThat(running).anySatisfy(d -> assertThat(d.getCommissioner().getId()).isEqualTo(spare.getId()));
    assertThat(dispatchService.get(running.get(0).getId()).getDistrict()).isNotNull();
    assertThat(rounds.findById(roundId).orElseThrow().getStatus()).isEqualTo(RoundStatus.SIGNED);
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(round.getId()).count()).isZero();
  }

  @Test
  @Tag("P-15") @Tag("P-18") @Tag("P-05") @Tag("P-14")
  @DisplayName("P-15/P-18 a two-year dispatch with the clock moved: two evaluations, a reminder for a short year (disputed days not counted), the short year capped at 基本合格, renewal by all three parties")
  void twoYearDispatchWithEvaluationsReminderAndRenewal() throws Exception {
    Enterprise served = fixtures.enterprise("341302");
    schemeInForce("341302");
    Dispatch d = runningDispatch(served);
    LocalDate start = d.getTermStart();
    ProcessInstance dispatchCase = runtimeService.createProcessInstanceQuery()
        .processInstanceId(d.getProcessInstanceId()).singleResult();
    assertThat(dispatchCase.getBusinessKey()).contains(d.getCommissioner().getName()).contains("埇桥区");
    record(d, served, 1, start.plusDays(10), 40, true);

    // year 1: the service time is checked before the year ends (40 ≥ 30: no reminder), then evaluated
    moveClockTo(at(start.plusYears(1).minusDays(59), 1), d.getProcessInstanceId());
    assertThat(taskService.createTaskQuery().processInstanceId(d.getProcessInstanceId()).count()).isZero();
    assertThat(evaluationOf(d)).isNull();
    moveClockTo(at(start.plusYears(1), 1), d.getProcessInstanceId());
    ProcessInstance first = evaluationOf(d);
    Task summary = taskOf(first.getId(), "填报年度工作总结");
    assertThat(taskService.getVariable(summary.getId(), YearlyEvaluationContract.CONFIRMED_DAYS.name())).isEqualTo(40L);
    // a score outside its range is refused naming the field, nothing recorded
    drive.complete(summary, d.getCommissioner().getUserId(),
        Map.of(WORK_SUMMARY.name(), "本年度走访企业十余家，挖掘技术需求并组织产学研对接活动两次。"));
    drive.complete(taskOf(first.getId(), "服务单位满意度评价"), served.getContactUserId(),
        Map.of(SATISFACTION_SCORE.name(), 95));
    Task scoring = taskOf(first.getId(), "县区考核评分");
    assertThatThrownBy(() -> drive.complete(scoring, districtOfficial("341302"), Map.of(SCORE_ORIENTATION.name(), 120,
        SCORE_INITIATIVE.name(), 90, SCORE_SATISFACTION.name(), 90, SCORE_RESULTS.name(), -1)))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().problems())
            .extracting(ProcessRuleViolation.Problem::field)
            .containsExactly(SCORE_ORIENTATION.name(), SCORE_RESULTS.name()));
    assertThat(evaluations.findByDispatchIdAndServiceYear(d.getId(), 1).orElseThrow().getWeightedScore()).isNull();
    drive.complete(scoring, districtOfficial("341302"), Map.of(SCORE_ORIENTATION.name(), 95,
        SCORE_INITIATIVE.name(), 92, SCORE_SATISFACTION.name(), 95, SCORE_RESULTS.name(), 90));
    Task approval = taskOf(first.getId(), "审定年度考核结果");
    assertThat(taskService.getVariable(approval.getId(), YearlyEvaluationContract.GRADE_LABEL.name())).isEqualTo("优秀");
    drive.complete(approval, drive.city, Map.of(APPROVAL_DECISION.name(), "APPROVE"));
    Task feedback = taskOf(first.getId(), "知悉年度考核结果");
    assertThat(taskService.getIdentityLinksForTask(feedback.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo(Groups.sourceUnit(d.getSourceUnit().getCode())));
    drive.complete(feedback, data.sourceUnitOfficial(d.getSourceUnit()), Map.of(RESULT_ACKNOWLEDGED.name(), true));
    assertThat(evaluations.findByDispatchIdAndServiceYear(d.getId(), 1).orElseThrow().getGrade()).isEqualTo(Grade.EXCELLENT);

    // year 2: 10 confirmed and 25 disputed days — short: both are reminded before the year ends
    record(d, served, 2, start.plusYears(1).plusDays(20), 10, true);
    record(d, served, 2, start.plusYears(1).plusDays(40), 25, false);
    moveClockTo(at(start.plusYears(2).minusDays(59), 1), d.getProcessInstanceId());
    Task remindCommissioner = taskOf(d.getProcessInstanceId(), "补足年度服务时间");
    assertThat(remindCommissioner.getAssignee()).isEqualTo(d.getCommissioner().getUserId());
    assertThat(taskService.getVariable(remindCommissioner.getId(), DispatchContract.CONFIRMED_DAYS.name())).isEqualTo(10L);
    assertThat(taskService.getVariable(remindCommissioner.getId(), DispatchContract.SHORT_DAYS.name())).isEqualTo(20L);
    Task remindDistrict = taskOf(d.getProcessInstanceId(), "督促专员服务时间");
    drive.complete(remindCommissioner, d.getCommissioner().getUserId(), DispatchContract.REMINDER_ACKNOWLEDGED.map(true));
    drive.complete(remindDistrict, districtOfficial("341302"), DispatchContract.REMINDER_ACKNOWLEDGED.map(true));

    moveClockTo(at(start.plusYears(2), 1), d.getProcessInstanceId());
    evaluate(d, served, "95", false);
    Evaluation second = evaluations.findByDispatchIdAndServiceYear(d.getId(), 2).orElseThrow();
    assertThat(second.getConfirmedDays()).isEqualTo(10);
    assertThat(second.getGrade()).as("a short year without exception is capped").isEqualTo(Grade.BASIC);
    drive.complete(taskOf(evaluationOf(d).getId(), "知悉年度考核结果"), data.sourceUnitOfficial(d.getSourceUnit()),
        Map.of(RESULT_ACKNOWLEDGED.name(), true));

    // renewal: the district, the commissioner and the source unit all agree
    List<Task> opinions = taskService.createTaskQuery().processInstanceId(d.getProcessInstanceId())
        .taskName("续派意见").list();
    assertThat(opinions).hasSize(3);
    for (Task opinion : opinions) {
      String party = partyOf(opinion);
      // the party is the one recorded when the task opened: another party's user is refused, whatever is sent
      String wrong = partyUser(d, party.equals(RenewalOpinion.Party.DISTRICT.name())
          ? RenewalOpinion.Party.SOURCE_UNIT.name() : RenewalOpinion.Party.DISTRICT.name());
      assertThatThrownBy(() -> dispatchService.recordRenewalOpinion(opinion.getProcessInstanceId(),
          opinion.getExecutionId(), DispatchContract.AGREE, null, java.util.Optional.of(new CurrentUser(wrong,
              identityService.createGroupQuery().groupMember(wrong).list().stream().map(g -> g.getId()).toList()))))
          .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().field())
              .isEqualTo(DispatchContract.RENEWAL_DECISION.name()));
      VariableMap answer = DispatchContract.RENEWAL_DECISION.map(DispatchContract.AGREE);
      answer.putValue(DispatchContract.RENEWAL_PARTY.name(), RenewalOpinion.Party.COMMISSIONER.name());
      drive.complete(opinion, partyUser(d, party), answer);
    }
    assertThat(renewalOpinions.findByDispatchIdOrderById(d.getId())).extracting(o -> o.getParty().name())
        .as("each answer recorded for the party its task asks, not the party a completion names")
        .containsExactlyInAnyOrder("DISTRICT", "COMMISSIONER", "SOURCE_UNIT");
    VariableMap renewal = DispatchContract.RENEWAL_AGREEMENT_NO.map("宿科协续〔" + d.getId() + "〕");
    DispatchContract.RENEWAL_SIGNED_ON.in(renewal, start.plusYears(2));
    drive.complete(taskOf(d.getProcessInstanceId(), "签订续派协议"), districtOfficial("341302"), renewal);
    runJobs(d.getProcessInstanceId());
    Dispatch old = dispatches.findById(d.getId()).orElseThrow();
    assertThat(old.getStatus()).isEqualTo(DispatchStatus.RENEWED);
    Dispatch renewed = dispatches.findByActiveCommissionerId(d.getCommissioner().getId()).orElseThrow();
    assertThat(renewed.getTermStart()).isEqualTo(old.getTermEnd());
    assertThat(renewed.getEnterpriseIds()).containsExactly(served.getId());
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(renewed.getProcessInstanceId()).count())
        .isOne();
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(d.getProcessInstanceId()).count()).isZero();
  }

  @Test
  @Tag("P-13") @Tag("P-18")
  @DisplayName("P-13 a provincial-level commissioner is evaluated like a city-level one: the anniversary opens the yearly evaluation, the district scores, the city approves, the grade is recorded on the dispatch")
  void provincialCommissionerIsEvaluated() {
    Enterprise served = fixtures.enterprise("341302");
    schemeInForce("341302");
    Commissioner provincial = data.commissioner(data.sourceUnit(), "NEW_MATERIALS", CommissionerLevel.PROVINCIAL);
    Dispatch d = runningDispatch(provincial, served);
    assertThat(d.getCommissioner().getLevel()).isEqualTo(CommissionerLevel.PROVINCIAL);
    moveClockTo(at(d.getTermStart().plusYears(1), 1), d.getProcessInstanceId());
    evaluate(d, served, "80", true);
    var result = evaluations.findByDispatchIdAndServiceYear(d.getId(), 1).orElseThrow();
    assertThat(result.getGrade()).isEqualTo(Grade.QUALIFIED);
    drive.complete(taskOf(evaluationOf(d).getId(), "知悉年度考核结果"), data.sourceUnitOfficial(d.getSourceUnit()),
        Map.of(RESULT_ACKNOWLEDGED.name(), true));
    assertThat(evaluations.findByDispatchIdAndServiceYear(d.getId(), 1).orElseThrow().getAcknowledgedAt()).isNotNull();
    assertThat(dispatches.findById(d.getId()).orElseThrow().getStatus()).isEqualTo(DispatchStatus.ACTIVE);
    assertThat(commissioners.findById(provincial.getId()).orElseThrow().isBarred()).isFalse();
  }

  @Test
  @Tag("P-15")
  @DisplayName("P-15 a short year with a justified exception keeps its grade; one party declining ends the dispatch at the end of the term")
  void exceptionAndNoRenewal() {
    Enterprise served = fixtures.enterprise("341302");
    schemeInForce("341302");
    Dispatch d = runningDispatch(served);
    moveClockTo(at(d.getTermStart().plusYears(1), 1), d.getProcessInstanceId());
    evaluate(d, served, "80", true);
    assertThat(evaluations.findByDispatchIdAndServiceYear(d.getId(), 1).orElseThrow().getGrade())
        .isEqualTo(Grade.QUALIFIED);
    drive.complete(taskOf(evaluationOf(d).getId(), "知悉年度考核结果"), data.sourceUnitOfficial(d.getSourceUnit()),
        Map.of(RESULT_ACKNOWLEDGED.name(), true));
    moveClockTo(at(d.getTermStart().plusYears(2), 1), d.getProcessInstanceId());
    evaluate(d, served, "80", true);
    drive.complete(taskOf(evaluationOf(d).getId(), "知悉年度考核结果"), data.sourceUnitOfficial(d.getSourceUnit()),
        Map.of(RESULT_ACKNOWLEDGED.name(), true));
    for (Task opinion : taskService.createTaskQuery().processInstanceId(d.getProcessInstanceId()).taskName("续派意见").list()) {
      String party = partyOf(opinion);
      drive.complete(opinion, partyUser(d, party), DispatchContract.RENEWAL_DECISION.map(
          party.equals(RenewalOpinion.Party.COMMISSIONER.name()) ? DispatchContract.DECLINE : DispatchContract.AGREE));
    }
    assertThat(dispatches.findById(d.getId()).orElseThrow().getStatus()).isEqualTo(DispatchStatus.COMPLETED);
    assertThat(dispatches.findByActiveCommissionerId(d.getCommissioner().getId())).isEmpty();
  }

  @Test
  @Tag("P-18")
  @DisplayName("P-18 an unqualified grade ends the dispatch at once, tells the source unit, and the next round refuses to nominate the person naming the reason")
  void unqualifiedGradeTerminatesAndBars() throws Exception {
    Enterprise served = fixtures.enterprise("341302");
    schemeInForce("341302");
    Dispatch d = runningDispatch(served);
    moveClockTo(at(d.getTermStart().plusYears(1), 1), d.getProcessInstanceId());
    evaluate(d, served, "40", false);

    Dispatch ended = dispatches.findById(d.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(DispatchStatus.TERMINATED);
    Commissioner barred = commissioners.findById(d.getCommissioner().getId()).orElseThrow();
    assertThat(barred.isBarred()).isTrue();
    assertThat(barred.getBarredReason()).contains("不合格").contains("P-18");
    Task notice = taskOf(d.getProcessInstanceId(), "知悉派驻终止");
    assertThat(taskService.getVariable(notice.getId(), DispatchContract.GRADE_LABEL.name())).isEqualTo("不合格");
    assertThat(taskService.getVariable(notice.getId(), DispatchContract.SERVICE_YEAR.name())).isEqualTo(1L);
    assertThat(taskService.getIdentityLinksForTask(notice.getId()))
        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo(Groups.sourceUnit(d.getSourceUnit().getCode())));
    assertThat(evaluationOf(d)).as("the evaluation ended at the approval").isNull();
    assertThat(taskService.createTaskQuery().processInstanceId(d.getProcessInstanceId()).count()).isOne();
    drive.complete(notice, data.sourceUnitOfficial(d.getSourceUnit()), DispatchContract.TERMINATION_ACKNOWLEDGED.map(true));
    assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(d.getProcessInstanceId()).count()).isZero();

    // the next round's nomination refuses the person, naming the reason
    ClockUtil.reset();
    int year = Rounds.freshYear(rounds);
    drive.roundReadyForNomination(year, GROUPS);
    List<Map<String, Object>> rows = List.of(Map.of("commissionerId", barred.getId(), "conditionsAttested", true));
    Task draft = drive.task(year + "-nomination", "拟定初步名单");
    assertThatThrownBy(() -> drive.complete(draft, drive.city,
        Map.of(NominationContract.NOMINEES.name(), drive.jsonList(rows))))
        .satisfies(e -> assertThat(ProcessRuleViolation.findIn(e).orElseThrow().getMessage())
            .contains(barred.getName()).contains("P-18").contains("第 1 服务年度考核不合格"));
  }

}
